// The driver-adapter factory handed to the schema engine: @prisma/adapter-pg with two fixes.
//
// 1. executeScript: adapter-pg 7.10.1 splits a script on every ";" and runs the pieces one by one
//    on whatever pooled connection is free. That breaks ";" inside comments, string literals and
//    dollar-quoted function bodies (our AuditLog trigger), and loses atomicity. The native engine
//    sends the whole script as one simple-protocol query, which PostgreSQL runs as one implicit
//    transaction; executeRaw without arguments does exactly that (pg only uses the extended
//    protocol when there are values) and keeps adapter-pg's error conversion.
// 2. Shadow database: PrismaPg's connectToShadowDb() drops its database *before* closing the
//    pool connected to it, which fails while idle clients are still connected. Here the shadow
//    database is `shadow_<random>` on the same server, its pool is closed first, and
//    dropShadowDatabases() removes whatever is left even if the engine never disposed the adapter.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { CharAsTextClient, restoreCharColumns } from "./pg-compat";
import { withDatabase } from "./server-utils";

/** Applies fix 1 above and pg-compat's "char" fix to an adapter from PrismaPg. */
function prepare<A extends SqlDriverAdapter>(adapter: A): A {
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return restoreCharColumns(adapter);
}

export class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  private readonly main: PrismaPg;
  /** Shadow databases by name, with the idempotent "close its pool, then drop it" of each. */
  private readonly shadows = new Map<string, () => Promise<void>>();

  /**
   * `pool` is connected to `databaseUrl` with `Client: CharAsTextClient`; it serves the engine
   * and creates/drops the shadow databases.
   */
  constructor(
    private readonly pool: pg.Pool,
    private readonly databaseUrl: string,
  ) {
    this.main = new PrismaPg(pool);
    this.adapterName = this.main.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return prepare(await this.main.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    // Names are generated, never user input, so quoting them in SQL is safe.
    const name = `shadow_${randomBytes(6).toString("hex")}`;
    await this.pool.query(`CREATE DATABASE "${name}"`);
    const shadow: { dispose?: () => Promise<void>; closing?: Promise<void> } = {};
    // Idempotent, because the engine may dispose without awaiting and dropShadowDatabases() then
    // awaits the same work. The pool goes first: DROP DATABASE needs the database disconnected.
    const close = () =>
      (shadow.closing ??= (async () => {
        try {
          await shadow.dispose?.();
        } finally {
          // FORCE (PostgreSQL 13+) also ends connections the engine may have left open.
          await this.pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        }
      })());
    this.shadows.set(name, close);
    // Without an external pool, PrismaPg's adapter ends its own pool in dispose().
    const adapter = await new PrismaPg({
      connectionString: withDatabase(this.databaseUrl, name),
      max: 2,
      Client: CharAsTextClient,
    }).connect();
    shadow.dispose = adapter.dispose.bind(adapter);
    adapter.dispose = close;
    return prepare(adapter);
  }

  /** Closes and drops every shadow database this factory created (waiting for pending drops). */
  async dropShadowDatabases(): Promise<void> {
    const results = await Promise.allSettled([...this.shadows.values()].map((close) => close()));
    this.shadows.clear();
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  }
}
