// The subset of the schema engine's JSON-RPC types that scripts/db uses, written out here so the
// code type-checks without the glue package's declarations (it is loaded at run time by path).
// Source: schema_engine.d.ts of @prisma/schema-engine-wasm, which mirrors prisma-engines'
// schema-engine/json-rpc-api.
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** `{ tag: "ok" }` when the file could be read, `{ tag: "error" }` with the reason otherwise. */
export type JsResult<R, E> = { tag: "ok"; value: R } | { tag: "error"; value: E };

export interface MigrationDirectory {
  /** Directory name relative to baseDir, e.g. `20201117144659_init`. */
  path: string;
  migrationFile: { path: string; content: JsResult<string, string> };
}

export interface MigrationList {
  /** Absolute path of prisma/migrations. */
  baseDir: string;
  lockfile: { path: string; content: string | null };
  /** Run on the shadow database before the migrations; empty for us. */
  shadowDbInitScript: string;
  /** Sorted by name: that order is the order of application. */
  migrationDirectories: MigrationDirectory[];
}

export interface SchemaFilter {
  externalTables: string[];
  externalEnums: string[];
}

export interface SchemaFile {
  path: string;
  content: string;
}

export type DiffTarget =
  | { tag: "empty" }
  | ({ tag: "schemaDatamodel" } & { files: SchemaFile[] })
  | ({ tag: "migrations" } & MigrationList);

export interface DiffParams {
  from: DiffTarget;
  to: DiffTarget;
  script: boolean;
  exitCode: boolean | null;
  filters: SchemaFilter;
}

export interface ApplyMigrationsInput {
  migrationsList: MigrationList;
  filters: SchemaFilter;
}

/** prisma.config.ts defines no external tables or enums. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The part of the wasm-bindgen `SchemaEngine` class that scripts/db uses. */
export interface WasmSchemaEngine {
  applyMigrations(input: ApplyMigrationsInput): Promise<{ appliedMigrationNames: string[] }>;
  diff(params: DiffParams): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

/** The exports of the glue module `schema_engine_bg.js` that scripts/db calls. */
export interface SchemaEngineGlue {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  /** The prisma-engines commit the loaded wasm was built from. */
  version(): string;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] | undefined },
      log: (line: string) => void,
      adapter: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
    ) => Promise<WasmSchemaEngine>;
  };
}
