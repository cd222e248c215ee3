/**
 * The portal's own static files in public/ (drawn by scripts/brand/render-assets.ts) and how
 * long browsers and proxies may keep them. next.config.ts turns `assetCacheHeaders` into
 * response headers; the security headers of proxy.ts come on top, unchanged.
 */
export const siteAssets = {
  favicon: "/favicon.ico",
  svgIcon: "/icon.svg",
  appleTouchIcon: "/apple-touch-icon.png",
  manifest: "/manifest.webmanifest",
  shareCard: "/og-card.png",
  /** The PNG app icons the manifest lists (192, 512 and the maskable 512). */
  iconFolder: "/icons",
} as const;

/** 1200×630: the size chat apps and social sites expect for a large link preview. */
export const shareCardSize = { width: 1200, height: 630 } as const;

// The files keep their names when the design changes (browsers ask for /favicon.ico by that
// name), so they cannot be "immutable": 30 days lets a new mark arrive within a month, and
// stale-while-revalidate refreshes it in the background after that. The manifest decides the
// home-screen app (its start page, name and icons), so a change to it should arrive within a
// day. Next's own hashed files under /_next/static are already sent as immutable for a year.
const thirtyDays = "public, max-age=2592000, stale-while-revalidate=604800";
const oneDay = "public, max-age=86400, stale-while-revalidate=604800";

export const assetCacheHeaders = [
  ...[siteAssets.favicon, siteAssets.svgIcon, siteAssets.appleTouchIcon, siteAssets.shareCard].map(
    (source) => ({ source, cacheControl: thirtyDays }),
  ),
  { source: `${siteAssets.iconFolder}/:file*`, cacheControl: thirtyDays },
  { source: siteAssets.manifest, cacheControl: oneDay },
].map(({ source, cacheControl }) => ({
  source,
  headers: [{ key: "Cache-Control", value: cacheControl }],
}));
