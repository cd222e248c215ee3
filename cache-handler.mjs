// The incremental cache handler that next.config.ts names (lib/core/cache/handler.ts explains
// it). Next imports this file with a plain import() at run time and in `next build`, and
// Turbopack also bundles it into the proxy.
// - The production server loads the handler's JavaScript that `npm run build` writes
//   (scripts/lib/server-bundle.ts): no TypeScript loader, whose module hooks would slow every
//   import() in the process.
// - `next build` and `next dev` load the TypeScript source through tsx (Node 20 cannot run
//   TypeScript by itself); the import is hidden from Turbopack, which would otherwise try to
//   bundle esbuild's binary.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository: beside this file when Node loads it; from inside a bundle, where Next runs. */
function root() {
  const here = import.meta.url.startsWith("file:") ? dirname(fileURLToPath(import.meta.url)) : "";
  const config = here ? join(/* turbopackIgnore: true */ here, "next.config.ts") : "";
  return config && existsSync(/* turbopackIgnore: true */ config) ? here : process.cwd();
}

async function load() {
  const dir = root();
  const compiled = join(/* turbopackIgnore: true */ dir, ".next", "rz-server", "cache-handler.mjs");
  const serving =
    process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
  if (serving && existsSync(/* turbopackIgnore: true */ compiled)) {
    return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ compiled);
  }
  const { tsImport } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "tsx/esm/api");
  return tsImport(join(/* turbopackIgnore: true */ dir, "lib/core/cache/handler.ts"), import.meta.url);
}

const loaded = await load();
export default loaded.default.default ?? loaded.default;
