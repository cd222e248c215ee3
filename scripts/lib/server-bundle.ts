// The production server's own code as plain JavaScript, written after `next build` (by `npm run
// build`, and by `npm start` when it builds). Node 20 cannot run TypeScript, and a server run
// under tsx has module hooks that answer every import() from a worker thread: Next imports the
// cache handler several times per request, so every page and action paid that round trip (about
// a fifth of a cached page's time on 2 cores). The bundles hold our code only; packages stay
// imports, resolved from node_modules as before.
//
//   .next/rz-server/serve-next.mjs     scripts/serve-next.ts: what `npm start`, `npm run serve`,
//                                      the end-to-end tests and the bench run (`node <file>`)
//   .next/rz-server/cache-handler.mjs  lib/core/cache/handler.ts: what cache-handler.mjs loads
//
// Run: `tsx scripts/lib/server-bundle.ts` (part of `npm run build`).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const bundleDir = (root: string) => join(root, ".next", "rz-server");

/** The server's entry file: `node <it>` with NODE_ENV=production, PORT, HOST… (serve-next.ts). */
export const serverEntry = (root: string) => join(bundleDir(root), "serve-next.mjs");

/** cache-handler.mjs names this path itself (it cannot import TypeScript). */
const cacheHandlerBundle = (root: string) => join(bundleDir(root), "cache-handler.mjs");

export const hasServerBundle = (root: string) =>
  existsSync(serverEntry(root)) && existsSync(cacheHandlerBundle(root));

export async function buildServer(root: string): Promise<void> {
  // Loaded here, not at the top: the tests and the bench import the paths above only.
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: root,
    entryPoints: { "serve-next": "scripts/serve-next.ts", "cache-handler": "lib/core/cache/handler.ts" },
    outdir: bundleDir(root),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await buildServer(resolve(import.meta.dirname, "../.."));
}
