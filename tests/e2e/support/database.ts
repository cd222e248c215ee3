// Direct database access for specs that must set up a situation the UI cannot (yet) create.
import { readFileSync } from "node:fs";
import pg from "pg";
import { runFile } from "./run-files";

/** Written by serve.ts once the run's database exists. */
export const databaseUrlFile = runFile("database-url");

export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(databaseUrlFile, "utf8").trim() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
