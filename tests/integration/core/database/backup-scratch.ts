// What both backup test files need: the file's own database seeded with the demo data (the
// source), a scratch folder for backup files, and really empty databases to restore into —
// all removed again after the file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed/index";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/tests/setup/databases";

export function backupScratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const adminUrl = process.env.TEST_SERVER_ADMIN_URL!;
  const sourceUrl = process.env.DATABASE_URL!;
  const copies: string[] = [];
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
    /** A new database with nothing in it (no template), dropped after the file. */
    async freshDatabase(): Promise<string> {
      const name = uniqueDatabaseName(prefix.replace(/-/g, "_"));
      copies.push(name);
      return createDatabase(adminUrl, name);
    },
    async cleanUp(): Promise<void> {
      for (const name of copies) await dropDatabase(adminUrl, name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
