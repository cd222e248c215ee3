import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import common from "@/lib/core/i18n/messages/zh-CN/core/common.json";
import { siteAssets } from "./assets";

// public/manifest.webmanifest is what a secretary's phone reads to put the portal on the home
// screen: it must open on their own pages, look like the site and point at real icons.

const publicDir = join(__dirname, "..", "..", "..", "public");
const manifest = JSON.parse(readFileSync(join(publicDir, siteAssets.manifest), "utf8")) as {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  lang: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString("ascii"), file).toBe("PNG");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe("the web app manifest", () => {
  it("names the portal as the site does and opens the secretary's own pages, full screen", () => {
    expect(manifest).toMatchObject({
      name: common.siteName,
      short_name: common.siteShortName,
      lang: "zh-CN",
      start_url: "/my",
      scope: "/",
      display: "standalone",
      theme_color: "#a61b1b",
      background_color: "#fafaf9",
    });
  });

  it("lists 192 and 512 px PNG icons and a maskable one, each a real file of that size", () => {
    const pngs = manifest.icons.filter((icon) => icon.type === "image/png");
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of pngs) {
      const [width, height] = icon.sizes.split("x").map(Number);
      expect(pngSize(join(publicDir, icon.src)), icon.src).toEqual({ width, height });
    }
  });

  it("points only at files that exist in public/", () => {
    for (const icon of manifest.icons) {
      expect(() => readFileSync(join(publicDir, icon.src)), icon.src).not.toThrow();
    }
  });

  it("has an apple-touch-icon of 180 px and a 1200×630 share card beside it", () => {
    expect(pngSize(join(publicDir, siteAssets.appleTouchIcon))).toEqual({ width: 180, height: 180 });
    expect(pngSize(join(publicDir, siteAssets.shareCard))).toEqual({ width: 1200, height: 630 });
  });
});
