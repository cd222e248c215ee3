// The portable backup format (no pg_dump needed, as on the embedded PostgreSQL 18): the demo
// data, plus values that a careless format would bend, come back identical in a fresh database;
// a backup is refused where it would overwrite data or does not match this code's migrations.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase, userRelationCount } from "@/scripts/db/backup/backup";
import { backupScratch } from "./backup-scratch";
import { fingerprint, withClient } from "./fingerprint";

const scratch = backupScratch("rz-portable");
const { dir, sourceUrl, freshDatabase } = scratch;
let backup: string;

beforeAll(async () => {
  await scratch.seedSource();
  await withClient(sourceUrl, async (client) => {
    // Every byte value, and a photo-sized blob that makes the cursor fetch fewer rows at a time.
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const big = Buffer.alloc(1024 * 1024, 0xab); // the largest logo allowed
    await client.query(
      `INSERT INTO "UnitLogo" ("unitId", "contentType", data, "updatedAt")
       SELECT id, 'image/png', CASE WHEN id % 2 = 0 THEN $1::bytea ELSE $2::bytea END, now() FROM "Unit"`,
      [bytes, big],
    );
    // A JSON null is not an SQL NULL; text with line breaks, quotes, backslashes and Chinese.
    await client.query(
      `INSERT INTO "AuditLog" (action, entity, "entityId", before, after, "createdAt") VALUES
       ('test.null', 'Test', '1', 'null'::jsonb, NULL, '2026-12-02 08:15:42.123+08'),
       (E'line\\nbreak "quoted" \\\\ 团委', 'Test', '', '{"a": [1, 2.50, null]}', '"text"', now())`,
    );
    await client.query(
      `UPDATE "CommitmentRecord" SET roster = ARRAY['a,b', NULL, '"q"', '', 'NULL', E'x\\ny']
       WHERE id = (SELECT min(id) FROM "CommitmentRecord")`,
    );
  });
  backup = await backupDatabase(sourceUrl, dir, new Date("2026-12-02T08:15:42Z"), "portable");
});

afterAll(() => scratch.cleanUp());

describe("portable backup and restore", () => {
  it("restores the demo data into an empty database with every table, row and sequence equal", async () => {
    expect(basename(backup)).toMatch(/^rz_test_\w+-2026-12-02T0815Z\.jsonl\.gz$/);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    const target = await freshDatabase();
    await restoreDatabase(target, backup);

    const [before, after] = [await fingerprint(sourceUrl), await fingerprint(target)];
    expect(Object.keys(before.tables)).toEqual(
      expect.arrayContaining(["Unit", "User", "Activity", "AuditLog", "UnitLogo", "_prisma_migrations"]),
    );
    expect(before.tables.Activity!.rows).toBeGreaterThan(0);
    expect(Object.keys(before.sequences).length).toBeGreaterThan(0);
    expect(after).toEqual(before);

    const nulls = await withClient(target, (client) =>
      client.query<{ before: string; after: boolean }>(
        `SELECT before::text AS before, after IS NULL AS after FROM "AuditLog" WHERE action = 'test.null'`,
      ),
    );
    expect(nulls.rows).toEqual([{ before: "null", after: true }]);
    // The foreign keys dropped for the load are back.
    await expect(
      withClient(target, (client) =>
        client.query(
          `UPDATE "UnitLogo" SET "unitId" = -1 WHERE "unitId" = (SELECT min("unitId") FROM "UnitLogo")`,
        ),
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it("refuses a database that has data, and replaces it only with --force", async () => {
    await scratch.expectRestoreOverDataRefusedUnlessForced(backup);
  });

  it("refuses a backup naming a migration this code does not have, touching nothing", async () => {
    const lines = gunzipSync(readFileSync(backup)).toString("utf8").split("\n");
    const header = JSON.parse(lines[0]!) as { migrations: string[] };
    header.migrations.push("29991231000000_from_the_future");
    lines[0] = JSON.stringify(header);
    const future = join(dir, "future.jsonl.gz");
    writeFileSync(future, gzipSync(lines.join("\n")));

    const target = await freshDatabase();
    await expect(restoreDatabase(target, future)).rejects.toThrow(/29991231000000_from_the_future/);
    expect(await userRelationCount(target)).toBe(0);
  });

  it("refuses a truncated backup and leaves the database empty", async () => {
    const whole = gunzipSync(readFileSync(backup)).toString("utf8").split("\n");
    const cut = join(dir, "cut.jsonl.gz");
    writeFileSync(cut, gzipSync(whole.slice(0, Math.floor(whole.length / 2)).join("\n")));

    const target = await freshDatabase();
    await expect(restoreDatabase(target, cut)).rejects.toThrow(/damaged|incomplete/);
    expect(await userRelationCount(target)).toBe(0);
  });

  it("undoes a restore that fails while loading rows: the database is left empty", async () => {
    // A duplicated unit: the file is well formed, but its rows break the primary key.
    const lines = gunzipSync(readFileSync(backup)).toString("utf8").split("\n");
    const header = JSON.parse(lines[0]!) as { tables: { name: string; rows: number }[] };
    const unit = header.tables.find((table) => table.name === "Unit")!;
    const at = lines.indexOf(JSON.stringify({ table: "Unit", rows: unit.rows }));
    lines.splice(at + 1, 0, lines[at + 1]!);
    unit.rows += 1;
    lines[0] = JSON.stringify(header);
    lines[at] = JSON.stringify({ table: "Unit", rows: unit.rows });
    const broken = join(dir, "broken.jsonl.gz");
    writeFileSync(broken, gzipSync(lines.join("\n")));

    const target = await freshDatabase();
    await expect(restoreDatabase(target, broken)).rejects.toThrow(/Unit_pkey/);
    expect(await userRelationCount(target)).toBe(0);
  });
});
