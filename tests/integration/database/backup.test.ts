// `npm run db:backup` / `db:restore`: a dump of the demo data restored into a fresh, empty
// database gives back every row of every table; a database with data in it is not overwritten.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { seedDemoData } from "../../../prisma/seed/index";
import { backupDatabase, restoreDatabase } from "../../../scripts/db/backup/backup";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../setup/databases";

const dir = mkdtempSync(join(tmpdir(), "rz-backup-"));
const adminUrl = process.env.TEST_SERVER_ADMIN_URL!;
const copies: string[] = [];
let sourceUrl: string;

async function freshDatabase(): Promise<string> {
  const name = uniqueDatabaseName("rz_restore");
  copies.push(name);
  return createDatabase(adminUrl, name); // no template: really empty
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every table of the public schema → its row count and an md5 of all its rows in order. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const table = `"${name.replace(/"/g, '""')}"`;
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${table} t`,
      );
      result[name] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 };
    }
    return result;
  });
}

beforeAll(async () => {
  sourceUrl = process.env.DATABASE_URL!;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: sourceUrl }) });
  try {
    await seedDemoData(db);
  } finally {
    await db.$disconnect();
  }
});

afterAll(async () => {
  for (const name of copies) await dropDatabase(adminUrl, name);
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores the demo data into an empty database with every table's rows and checksums equal", async () => {
    const file = await backupDatabase(sourceUrl, dir, new Date("2026-12-02T08:15:42Z"));
    expect(basename(file)).toMatch(/^rz_test_\w+-2026-12-02T0815Z\.dump$/);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const target = await freshDatabase();
    await restoreDatabase(target, file);

    const [before, after] = [await fingerprint(sourceUrl), await fingerprint(target)];
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["Unit", "User", "Activity", "AuditLog", "Booking"]),
    );
    expect(before.Unit!.rows).toBeGreaterThan(0);
    expect(before.Activity!.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);

    // Sequences come back too: the next unit gets a fresh id, not one of the restored ones.
    const next = await withClient(target, (client) =>
      client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('"Unit"', 'id'))::int AS id`),
    );
    const max = await withClient(target, (client) =>
      client.query<{ id: number }>(`SELECT max(id) AS id FROM "Unit"`),
    );
    expect(next.rows[0]!.id).toBeGreaterThan(max.rows[0]!.id);
  });

  it("refuses to restore into a database that has data, unless forced", async () => {
    const file = await backupDatabase(sourceUrl, dir, new Date("2026-12-02T09:00:00Z"));
    const target = await freshDatabase();
    await restoreDatabase(target, file);
    await withClient(target, (client) => client.query(`DELETE FROM "Notification"`));

    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    expect((await fingerprint(target)).Notification!.rows).toBe(0);

    await restoreDatabase(target, file, { force: true });
    expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
  });
});
