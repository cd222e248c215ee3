// One session with Prisma's wasm schema engine (see wasm-loader.ts), driven through
// @prisma/adapter-pg wrapped by bindMigrationAwareSqlAdapterFactory, the way Prisma's own
// JavaScript tooling hands driver adapters to its wasm engines.
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { EngineAdapterFactory } from "./adapter-factory";
import type { SchemaFile, WasmSchemaEngine } from "./engine-types";
import { toMigrationError } from "./errors";
import { CharAsTextClient } from "./pg-compat";
import { loadSchemaEngine, panicState } from "./wasm-loader";

export * from "./engine-types";
export { MigrationError } from "./errors";
export { schemaEngineVersion } from "./wasm-loader";

export interface EngineSession {
  engine: WasmSchemaEngine;
}

/**
 * A Rust panic surfaces as an uncaught RuntimeError thrown from a microtask, not as a rejection,
 * and the engine's pending promise never settles. This turns it into a rejection of the session.
 */
function watchForPanic(): { panicked: Promise<never>; stop: () => void } {
  let reject!: (error: Error) => void;
  const panicked = new Promise<never>((_, r) => (reject = r));
  panicked.catch(() => {}); // it is only awaited through Promise.race
  const listener = (error: Error) => {
    if (error instanceof WebAssembly.RuntimeError) reject(toMigrationError(error, panicState.message));
    // Keep Node's default (print and exit) for anything else when nobody else listens.
    else if (process.listenerCount("uncaughtException") === 1) throw error;
  };
  process.on("uncaughtException", listener);
  return { panicked, stop: () => process.off("uncaughtException", listener) };
}

/**
 * Runs `fn` with an engine connected to `databaseUrl` (and to `shadow_<random>` databases on the
 * same server when the engine asks for a shadow database). Every pool it opened is closed and
 * every shadow database dropped when this returns. Expected failures reject with MigrationError.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: SchemaFile[] | undefined,
  fn: (session: EngineSession) => Promise<T>,
): Promise<T> {
  const glue = await loadSchemaEngine();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, Client: CharAsTextClient });
  pool.on("error", () => {}); // an idle client dropped by the server must not crash the process
  const factory = new EngineAdapterFactory(pool, databaseUrl);
  // The engine logs JSON lines; they only matter when debugging (DEBUG=schema-engine).
  const log = /\bschema-engine\b/.test(process.env.DEBUG ?? "")
    ? (line: string) => console.error(`schema-engine ${line}`)
    : () => {};
  const { panicked, stop } = watchForPanic();
  let engine: WasmSchemaEngine | undefined;
  try {
    const datamodels = schema?.map((file): [string, string] => [file.path, file.content]);
    engine = await Promise.race([
      glue.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory)),
      panicked,
    ]);
    return await Promise.race([fn({ engine }), panicked]);
  } catch (error) {
    throw toMigrationError(error, panicState.message);
  } finally {
    stop();
    if (panicState.happened) {
      // The instance is unusable and may hold pooled clients forever: do not wait for them.
      void factory.dropShadowDatabases().catch(() => {});
      void pool.end().catch(() => {});
    } else {
      engine?.free();
      await factory.dropShadowDatabases();
      await pool.end();
    }
  }
}
