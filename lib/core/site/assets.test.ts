import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assetCacheHeaders } from "./assets";

const publicDir = join(__dirname, "..", "..", "..", "public");

/** The public path of every file in public/ ("/icons/icon-192.png"). */
function publicFiles(): string[] {
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(publicDir.length + 1)}`);
}

/** The Cache-Control a path gets (next.config.ts sources: exact paths or "<folder>/:file*"). */
function cacheControlOf(path: string): string | undefined {
  const rule = assetCacheHeaders.find(({ source }) =>
    source.endsWith("/:file*") ? path.startsWith(source.slice(0, -":file*".length)) : path === source,
  );
  return rule?.headers.find((header) => header.key === "Cache-Control")?.value;
}

describe("cache headers of the files in public/", () => {
  it("every file has a public cache lifetime of at least a day", () => {
    const files = publicFiles();
    expect(files).toContain("/favicon.ico");
    for (const file of files) {
      const value = cacheControlOf(file);
      expect(value, file).toMatch(/^public, max-age=\d+/);
      expect(Number(/max-age=(\d+)/.exec(value!)![1]), file).toBeGreaterThanOrEqual(86_400);
    }
  });

  it("icons and the share card keep for 30 days, the manifest for a day", () => {
    expect(cacheControlOf("/favicon.ico")).toContain("max-age=2592000");
    expect(cacheControlOf("/icons/icon-512.png")).toContain("max-age=2592000");
    expect(cacheControlOf("/og-card.png")).toContain("max-age=2592000");
    expect(cacheControlOf("/manifest.webmanifest")).toContain("max-age=86400");
  });
});
