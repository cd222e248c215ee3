// `npm run db:backup` / `db:restore`: a dump of the demo data restored into a fresh, empty
// database gives back every row of every table; a database with data in it is not overwritten.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { seedDemoData } from "../../../prisma/seed/index";
import { backupDatabase, restoreDatabase } from "../../../scripts/db/backup/backup";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../setup/databases";
import { fingerprint, withClient } from "./fingerprint";

const dir = mkdtempSync(join(tmpdir(), "rz-backup-"));
const adminUrl = process.env.TEST_SERVER_ADMIN_URL!;
const copies: string[] = [];
let sourceUrl: string;

async function freshDatabase(): Promise<string> {
  const name = uniqueDatabaseName("rz_restore");
  copies.push(name);
  return createDatabase(adminUrl, name); // no template: really empty
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
    const file = await backupDatabase(sourceUrl, dir, new Date("2026-12-02T08:15:42Z"), "pg_dump");
    expect(basename(file)).toMatch(/^rz_test_\w+-2026-12-02T0815Z\.dump$/);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const target = await freshDatabase();
    await restoreDatabase(target, file);

    const [before, after] = [await fingerprint(sourceUrl), await fingerprint(target)];
    expect(Object.keys(before.tables)).toEqual(
      expect.arrayContaining(["Unit", "User", "Activity", "AuditLog", "Booking"]),
    );
    expect(before.tables.Unit!.rows).toBeGreaterThan(0);
    expect(before.tables.Activity!.rows).toBeGreaterThan(0);
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
    const file = await backupDatabase(sourceUrl, dir, new Date("2026-12-02T09:00:00Z"), "pg_dump");
    const target = await freshDatabase();
    await restoreDatabase(target, file);
    await withClient(target, (client) => client.query(`DELETE FROM "Notification"`));

    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    expect((await fingerprint(target)).tables.Notification!.rows).toBe(0);

    await restoreDatabase(target, file, { force: true });
    expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
  });
});
