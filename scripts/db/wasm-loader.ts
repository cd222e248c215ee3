// Instantiates Prisma's schema engine compiled to WebAssembly, once per process.
//
// Why this file exists: every `prisma migrate` command first downloads a native schema-engine
// binary, which is impossible offline. The installed `prisma` CLI ships the same engine as
// WebAssembly (node_modules/prisma/build/schema_engine_bg.wasm, built from the engine commit the
// CLI pins), so using that file keeps the generated SQL and the `_prisma_migrations` bookkeeping
// identical to `prisma migrate`. The CLI bundle does not contain the wasm-bindgen JS glue for it,
// so the glue (`schema_engine_bg.js`) comes from the npm package @prisma/schema-engine-wasm; that
// package's entry imports the .wasm file as an ES module, which Node 20 refuses, so we compile
// and instantiate the CLI's wasm ourselves with the glue's exports as its imports.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SchemaEngineGlue } from "./engine-types";
import { MigrationError } from "./errors";

const require = createRequire(import.meta.url);

/** The package providing the glue; any version whose glue exports all 90 imports of the wasm. */
export const GLUE_PACKAGE = "@prisma/schema-engine-wasm";
/** Overrides where the glue is read from: a path to a `schema_engine_bg.js`. */
export const GLUE_PATH_ENV = "SCHEMA_ENGINE_GLUE_PATH";

function resolveGluePath(): string {
  const fromEnv = process.env[GLUE_PATH_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  try {
    return require.resolve(`${GLUE_PACKAGE}/schema_engine_bg`);
  } catch {
    throw new MigrationError(
      `The schema engine's JavaScript glue was not found: install the dev dependency ${GLUE_PACKAGE} ` +
        `or set ${GLUE_PATH_ENV} to the path of a schema_engine_bg.js.`,
    );
  }
}

/** The message of the last Rust panic; the wasm's panic hook reports it through this global. */
export const panicState = { message: "", happened: false };
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    panicState.message = message;
    panicState.happened = true;
  },
};

/**
 * The engine's timers (e.g. its 10 s advisory-lock timeout) would keep Node alive after the work
 * is done; unref'd, they still fire while sockets keep the process busy but no longer delay exit.
 */
function withUnrefTimers(glue: Record<string, unknown>): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = {};
  for (const [name, value] of Object.entries(glue)) {
    if (typeof value !== "function") continue;
    const fn = value as (...args: unknown[]) => unknown;
    imports[name] = name.startsWith("__wbg_setTimeout_")
      ? (...args: unknown[]) => {
          const timer = fn(...args) as { unref?: () => void } | undefined;
          timer?.unref?.();
          return timer;
        }
      : fn;
  }
  return imports;
}

let loaded: Promise<SchemaEngineGlue> | undefined;

export function loadSchemaEngine(): Promise<SchemaEngineGlue> {
  if (panicState.happened) {
    // After a Rust panic no method of the instance is safe to call (wasm-bindgen's rule).
    return Promise.reject(
      new MigrationError("The schema engine panicked earlier in this process; start a new one."),
    );
  }
  loaded ??= (async () => {
    const wasmPath = path.join(
      path.dirname(require.resolve("prisma/package.json")),
      "build/schema_engine_bg.wasm",
    );
    const gluePath = resolveGluePath();
    const glue = (await import(pathToFileURL(gluePath).href)) as SchemaEngineGlue & Record<string, unknown>;
    const wasmModule = await WebAssembly.compile(await readFile(wasmPath));
    // A glue from another wasm-bindgen build would fail obscurely later; name the mismatch now.
    const wanted = WebAssembly.Module.imports(wasmModule);
    const missing = wanted.filter((i) => typeof glue[i.name] !== "function").map((i) => i.name);
    if (missing.length > 0) {
      throw new MigrationError(
        `${gluePath} does not fit ${wasmPath} (missing ${missing.join(", ")}); ` +
          `use a ${GLUE_PACKAGE} version built with the same wasm-bindgen as the installed prisma.`,
      );
    }
    const importModule = wanted[0]?.module ?? "./schema_engine_bg.js";
    const instance = await WebAssembly.instantiate(wasmModule, { [importModule]: withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** The prisma-engines commit the wasm was built from (the CLI's engines version). */
export async function schemaEngineVersion(): Promise<string> {
  return (await loadSchemaEngine()).version();
}
