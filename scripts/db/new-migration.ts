// `npm run db:migration -- <name>`: writes a new migration from the difference between
// prisma/migrations and the schema folder prisma/schema/ (offline replacement for
// `prisma migrate dev --create-only`). DATABASE_URL is only used to host a temporary shadow database.
import path from "node:path";
import { requireDatabaseUrl, runCli } from "./cli";
import { createMigration, toMigrationName } from "./migrations";
import { MigrationError } from "./schema-engine";

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || !args[0]) {
    throw new MigrationError("Usage: npm run db:migration -- <name>   (e.g. add_venue_bookings)");
  }
  const name = toMigrationName(args[0]); // validate before connecting anywhere
  const databaseUrl = requireDatabaseUrl("to create the temporary shadow database (CREATEDB privilege)");
  const file = await createMigration(name, databaseUrl);
  if (file === null) {
    console.log("No changes: prisma/schema/ already matches prisma/migrations. Nothing written.");
    return;
  }
  console.log(`Created ${path.relative(process.cwd(), file)}`);
  console.log("Review it (hand-written constraints go at the end), then run: npm run db:migrate");
});
