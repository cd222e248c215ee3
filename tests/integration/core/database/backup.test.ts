// `npm run db:backup` / `db:restore`: a dump of the demo data restored into a fresh, empty
// database gives back every row of every table; a database with data in it is not overwritten.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/scripts/db/backup/backup";
import { findTool, serverMajor } from "@/scripts/db/backup/pg-tools";
import { backupScratch } from "./backup-scratch";
import { fingerprint, withClient } from "./fingerprint";

const scratch = backupScratch("rz-backup");
const { dir, sourceUrl, freshDatabase } = scratch;

beforeAll(async () => {
  await scratch.seedSource();
});

afterAll(() => scratch.cleanUp());

// The embedded test server is PostgreSQL 18, whose package ships no pg_dump, and Debian has
// pg_dump 15 only: there the pg_dump format cannot be made (npm run db:backup then writes the
// portable one, portable-backup.test.ts), and forcing it must fail clearly. CI's server is 15.
const major = await serverMajor(sourceUrl);
const hasPgDump = await findTool("pg_dump", major).then(
  () => true,
  () => false,
);

if (!hasPgDump) {
  describe("backup without a pg_dump for the server's version", () => {
    it("refuses the pg_dump format, naming the client tools to install, and writes no file", async () => {
      await expect(backupDatabase(sourceUrl, dir, new Date(), "pg_dump")).rejects.toThrow(
        `no pg_dump for PostgreSQL ${major} found`,
      );
      expect(readdirSync(dir)).toEqual([]);
    });
  });
}

if (hasPgDump)
  describe("backup and restore with pg_dump", () => {
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
      await scratch.expectRestoreOverDataRefusedUnlessForced(file);
    });
  });
