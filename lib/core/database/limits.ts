import type { PoolConfig } from "pg";

// The database limits of the app's connection pool, from the environment with safe defaults.
// Every limit exists so that a stuck database or a burst of requests turns into a quick error
// (the friendly error page) instead of requests piling up and hanging:
//   DB_POOL_SIZE                      connections per app process (default 10)
//   DB_CONNECT_TIMEOUT_MS             waiting for a connection, new or from a full pool (5 s)
//   DB_STATEMENT_TIMEOUT_MS           the server cancels a statement running longer (30 s)
//   DB_IDLE_IN_TRANSACTION_TIMEOUT_MS the server ends a session idling inside a transaction (60 s)
// The client also gives up on a query 5 s after the statement timeout, for a server that no
// longer answers at all (a cancelled statement would have answered by then).

type Env = Record<string, string | undefined>;

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

export type DatabaseLimits = {
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
};

export function databaseLimits(env: Env = process.env): DatabaseLimits {
  return {
    poolSize: positiveInt(env, "DB_POOL_SIZE", 10),
    connectTimeoutMs: positiveInt(env, "DB_CONNECT_TIMEOUT_MS", 5_000),
    statementTimeoutMs: positiveInt(env, "DB_STATEMENT_TIMEOUT_MS", 30_000),
    idleInTransactionTimeoutMs: positiveInt(env, "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", 60_000),
  };
}

/** The pg Pool options for a connection string and the limits. */
export function poolConfig(connectionString: string, limits: DatabaseLimits): PoolConfig {
  return {
    connectionString,
    max: limits.poolSize,
    // pg applies this both to opening a connection and to waiting for a free one in a full pool.
    connectionTimeoutMillis: limits.connectTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    query_timeout: limits.statementTimeoutMs + 5_000,
    idleTimeoutMillis: 30_000,
  };
}

const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "P1001", // Prisma: can't reach database server
  "P1002", // Prisma: server reached but timed out
  "P1017", // Prisma: server closed the connection
  "P2024", // Prisma: timed out fetching a connection from the pool
  "57014", // PostgreSQL: statement cancelled (statement_timeout)
  "25P03", // PostgreSQL: idle-in-transaction session timeout
  "57P01", // PostgreSQL: admin shutdown
  "53300", // PostgreSQL: too many connections
]);

const unavailableMessages = [
  /timeout exceeded when trying to connect/i, // pg Pool: no free connection within the timeout
  /Connection terminated/i,
  /Query read timeout/i, // pg: query_timeout
  /Can't reach database server/i,
  /Transaction API error: Unable to start a transaction/i,
  /Client has encountered a connection error/i, // pg: the server ended the session
];

/**
 * True for errors meaning "the database cannot serve us right now" (down, too busy, pool
 * exhausted, a statement or an idle transaction cut off by a limit) rather than a bug. Prisma
 * wraps driver errors (`cause`, `meta.driverAdapterError`), so those are searched too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length > 0 && seen < 10; seen++) {
    const e = pending.shift() as {
      code?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    } | null;
    if (!e || typeof e !== "object") continue;
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === "string" && unavailableCodes.has(code)) return true;
    }
    const message = typeof e.message === "string" ? e.message : "";
    if (unavailableMessages.some((pattern) => pattern.test(message))) return true;
    pending.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}
