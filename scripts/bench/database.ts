// A fresh database per scale on the test server (TEST_DATABASE_URL, DATABASE_URL or an embedded
// one, as the end-to-end tests get theirs), migrated and filled with the generated data set.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../tests/setup/databases";
import { applyMigrations } from "../db/migrations";
import { generateDataSet, type DataSetSummary } from "./data/generate";

export interface BenchDatabase {
  url: string;
  db: PrismaClient;
  summary: DataSetSummary;
  drop(): Promise<void>;
}

export async function benchDatabase(adminUrl: string, units: number, now: Date): Promise<BenchDatabase> {
  const name = uniqueDatabaseName(`rz_bench_${units}`);
  const url = await createDatabase(adminUrl, name);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const drop = async () => {
    await db.$disconnect();
    await dropDatabase(adminUrl, name);
  };
  try {
    await applyMigrations(url);
    const summary = await generateDataSet(db, units, { now });
    return { url, db, summary, drop };
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
}
