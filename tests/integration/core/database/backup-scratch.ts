// What both backup test files need: the file's own database seeded with the demo data (the
// source), a scratch folder for backup files, and really empty databases to restore into —
// all removed again after the file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed/index";
import { expect } from "vitest";
import { restoreDatabase } from "@/scripts/db/backup/backup";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/tests/setup/databases";
import { fingerprint, withClient } from "./fingerprint";

export function backupScratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const adminUrl = process.env.TEST_SERVER_ADMIN_URL!;
  const sourceUrl = process.env.DATABASE_URL!;
  const copies: string[] = [];
  /** A new database with nothing in it (no template), dropped after the file. */
  const freshDatabase = async (): Promise<string> => {
    const name = uniqueDatabaseName(prefix.replace(/-/g, "_"));
    copies.push(name);
    return createDatabase(adminUrl, name);
  };
  return {
    dir,
    sourceUrl,
    async seedSource(): Promise<void> {
      const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: sourceUrl }) });
      try {
        await seedDemoData(db);
      } finally {
        await db.$disconnect();
      }
    },
    freshDatabase,
    /**
     * Restores `file` into a new database, empties one table, and shows that restoring again is
     * refused with the target untouched, and that --force replaces it with the source's data.
     */
    async expectRestoreOverDataRefusedUnlessForced(file: string): Promise<void> {
      const target = await freshDatabase();
      await restoreDatabase(target, file);
      await withClient(target, (client) => client.query(`DELETE FROM "Notification"`));

      await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
      expect((await fingerprint(target)).tables.Notification!.rows).toBe(0);

      await restoreDatabase(target, file, { force: true });
      expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
    },
    async cleanUp(): Promise<void> {
      for (const name of copies) await dropDatabase(adminUrl, name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
