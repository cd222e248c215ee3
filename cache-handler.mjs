// The incremental cache handler that next.config.ts names (lib/core/cache/handler.ts explains
// it). Next imports this file with a plain import() at run time and in `next build`, and
// Turbopack also bundles it into the proxy. Node 20 cannot run TypeScript by itself, so tsx
// (also what runs `npm start` and `npm run serve`) loads the TypeScript source; the import is
// hidden from Turbopack, which would otherwise try to bundle esbuild's binary.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const { tsImport } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "tsx/esm/api");
const source = "lib/core/cache/handler.ts";

/** Beside this file when Node loads it; from inside a bundle, the directory Next runs in. */
function sourcePath() {
  const here = import.meta.url.startsWith("file:")
    ? join(dirname(fileURLToPath(import.meta.url)), source)
    : "";
  return here && existsSync(/* turbopackIgnore: true */ here) ? here : join(process.cwd(), source);
}

const loaded = await tsImport(sourcePath(), import.meta.url);
export default loaded.default.default ?? loaded.default;
