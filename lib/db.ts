import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // A short connect timeout lets pages fail fast (friendly error page) while the database is down.
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
  });
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
