// Decides whether `npm start` must run `next build` first: when there is no production build, or
// when a source that goes into the build changed after it. A plain mtime walk (no hashing) keeps
// the check to a few milliseconds, so every start can afford it.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { hasServerBundle } from "./server-bundle";

/** Folders whose files are compiled into the build (lib/generated follows prisma/schema/). */
const SOURCE_DIRS = ["app", "components", "lib", "prisma/schema"];
const SKIPPED_DIRS = new Set(["lib/generated", "node_modules"]);
/** Single files that change the build; missing ones are ignored. */
const SOURCE_FILES = [
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  // Compiled after `next build` into the server bundle (server-bundle.ts).
  "scripts/serve-next.ts",
  "cache-handler.mjs",
];

export interface BuildCheck {
  needed: boolean;
  reason: string;
}

const mtime = (path: string) =>
  stat(path).then(
    (s) => s.mtimeMs,
    () => undefined,
  );

/** The first file (as a repo-relative path) modified after `since`, or undefined. */
async function newerFileIn(root: string, dir: string, since: number): Promise<string | undefined> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return undefined; // folder does not exist
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.name.startsWith(".") || SKIPPED_DIRS.has(path)) continue;
    if (entry.isDirectory()) {
      const found = await newerFileIn(root, path, since);
      if (found) return found;
    } else if (((await mtime(join(root, path))) ?? 0) > since) {
      return path;
    }
  }
  return undefined;
}

export async function checkBuild(root: string): Promise<BuildCheck> {
  const buildTime = await mtime(join(root, ".next", "BUILD_ID"));
  if (buildTime === undefined) return { needed: true, reason: "no production build yet" };
  if (!hasServerBundle(root)) return { needed: true, reason: "the server bundle is missing" };
  for (const file of SOURCE_FILES) {
    if (((await mtime(join(root, file))) ?? 0) > buildTime)
      return { needed: true, reason: `${file} changed` };
  }
  for (const dir of SOURCE_DIRS) {
    const changed = await newerFileIn(root, dir, buildTime);
    if (changed) return { needed: true, reason: `${changed} changed` };
  }
  return { needed: false, reason: "the build is up to date" };
}
