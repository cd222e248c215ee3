import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseLimits, poolConfig } from "@/lib/core/database/limits";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // Pool size and timeouts (lib/core/database/limits.ts): a database that is down, a full pool or a
  // runaway statement fail fast and end on the friendly error page instead of hanging requests.
  const adapter = new PrismaPg(poolConfig(connectionString, databaseLimits()));
  // Password hashes never leave the data layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { db?: Client };

function getClient(): Client {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}

/**
 * The one Prisma client of the app, created on first use (so builds need no database) and
 * kept on globalThis so hot reloads in development do not open new pools.
 */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
