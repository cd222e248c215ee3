// `npm run db:seed`: fills the (empty, migrated) database at DATABASE_URL with demo data.
// Runs under tsx; it does not import lib/core/db.ts, which is server-only.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { ADMIN_LOGIN, DEMO_PASSWORD, SEED_UNITS, seedDemoData } from "./index";

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

async function main(): Promise<number> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("db:seed: DATABASE_URL is not set.");
    return 1;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    console.log(`Seeding demo data into ${redact(connectionString)} …`);
    const started = Date.now();
    const result = await seedDemoData(db);
    const [communities, venues, meetings, plans] = await Promise.all([
      db.community.count(),
      db.venue.count(),
      db.meeting.count(),
      db.planYear.findMany({ select: { year: true, status: true }, orderBy: { year: "asc" } }),
    ]);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log(
      `  units: ${result.units}  users: ${result.users}  activities: ${result.activities}  ` +
        `communities: ${communities}  venues: ${venues}  meetings: ${meetings}`,
    );
    console.log(`  activity lists: ${plans.map((p) => `${p.year} (${p.status})`).join(", ")}`);
    console.log("");
    console.log(`Demo logins — every password is ${DEMO_PASSWORD}`);
    console.log(`  ${ADMIN_LOGIN.padEnd(28)} 团区委管理员 (ADMIN)`);
    for (const unit of SEED_UNITS) {
      console.log(`  ${unit.slug.padEnd(28)} ${unit.secretary} · ${unit.shortName}`);
    }
    return 0;
  } catch (error) {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
