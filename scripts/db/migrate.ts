// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL (offline replacement
// for `prisma migrate deploy`).
import { requireDatabaseUrl, runCli } from "./cli";
import { applyMigrations } from "./migrations";

runCli(async () => {
  const databaseUrl = requireDatabaseUrl("to know which database to migrate");
  const applied = await applyMigrations(databaseUrl);
  if (applied.length === 0) {
    console.log("Database is up to date: no pending migrations.");
    return;
  }
  console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:`);
  for (const name of applied) console.log(`  ${name}`);
});
