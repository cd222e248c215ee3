// Loads the demo data set for `npm start`, at most once per database.
import { existsSync } from "node:fs";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoData } from "../../prisma/seed/index";

export type SeedPolicy =
  /** Embedded server: seed on its first start. `freshCluster`: the cluster was just created. */
  | { mode: "embedded"; marker: string; freshCluster: boolean }
  /** A server given by DATABASE_URL: only when asked to (SEED_DEMO=1), and only if empty. */
  | { mode: "external"; requested: boolean };

export async function seedIfNeeded(databaseUrl: string, policy: SeedPolicy): Promise<string> {
  if (policy.mode === "external" && !policy.requested)
    return "not seeding (DATABASE_URL given; npm run db:seed loads demo data)";
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if (policy.mode === "external") {
      if ((await db.unit.count()) > 0) return "not seeding: the database already has member units";
      return describe(await seedDemoData(db));
    }
    // Both conditions are needed: "no units" alone would reload the demo data after an admin
    // deliberately deleted every unit, and the marker alone would not notice a database that
    // already has real data. A brand-new cluster makes an old marker meaningless (the user
    // deleted the data directory to start over), so it is dropped then.
    if (policy.freshCluster) await unlink(policy.marker).catch(() => undefined);
    if (existsSync(policy.marker)) return "demo data was loaded on an earlier start";
    if ((await db.unit.count()) === 0) {
      const summary = describe(await seedDemoData(db));
      await writeMarker(policy.marker);
      return summary;
    }
    await writeMarker(policy.marker);
    return "not seeding: the database already has member units";
  } finally {
    await db.$disconnect();
  }
}

function describe(result: { units: number; users: number; activities: number }): string {
  return `loaded demo data: ${result.units} units, ${result.users} users, ${result.activities} activities`;
}

async function writeMarker(marker: string) {
  await mkdir(dirname(marker), { recursive: true });
  await writeFile(marker, `${new Date().toISOString()}\n`);
}
