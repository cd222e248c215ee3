import { describe, expect, it } from "vitest";
import { databaseLimits, isDatabaseUnavailable, poolConfig } from "./limits";

describe("database limits", () => {
  it("has safe defaults and reads each limit from the environment", () => {
    expect(databaseLimits({})).toEqual({
      poolSize: 10,
      connectTimeoutMs: 5_000,
      statementTimeoutMs: 30_000,
      idleInTransactionTimeoutMs: 60_000,
    });
    expect(
      databaseLimits({
        DB_POOL_SIZE: "3",
        DB_CONNECT_TIMEOUT_MS: "800",
        DB_STATEMENT_TIMEOUT_MS: "2000",
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: "9000",
      }),
    ).toEqual({
      poolSize: 3,
      connectTimeoutMs: 800,
      statementTimeoutMs: 2_000,
      idleInTransactionTimeoutMs: 9_000,
    });
  });

  it("refuses a limit that is not a positive whole number instead of running unlimited", () => {
    expect(() => databaseLimits({ DB_POOL_SIZE: "0" })).toThrow(/DB_POOL_SIZE/);
    expect(() => databaseLimits({ DB_STATEMENT_TIMEOUT_MS: "30s" })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
  });

  it("passes the limits to the pool, with a client-side query timeout just above the server's", () => {
    expect(poolConfig("postgresql://x", databaseLimits({ DB_STATEMENT_TIMEOUT_MS: "1000" }))).toMatchObject({
      connectionString: "postgresql://x",
      max: 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 1_000,
      idle_in_transaction_session_timeout: 60_000,
      query_timeout: 6_000,
    });
  });

  it("recognises a database that cannot serve us, also wrapped by Prisma, and nothing else", () => {
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "ECONNREFUSED" })).toBe(true);
    expect(
      isDatabaseUnavailable({
        code: "P2010",
        meta: { driverAdapterError: { cause: { originalCode: "57014" } } },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "25P03" } }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
