/**
 * The security headers every response carries (set in proxy.ts). Pure: the proxy passes the
 * request's nonce, whether this is a development server, whether the site is served over HTTPS
 * and the map tile origins.
 *
 * Scripts: only those carrying this request's nonce run ('strict-dynamic' lets them load
 * Next's chunks). Next reads the nonce from the request's Content-Security-Policy header and
 * puts it on its own scripts, including the inline RSC payload; the app writes no inline
 * script of its own. A fresh nonce per request means the page is rendered per request: true of
 * every signed-in page; the public pages served from the cache get 'self' 'unsafe-inline'
 * instead; see README "Security headers" for the trade-off.
 */

export type SecurityContext = {
  /**
   * Base64, fresh for every request; null on pages served from the cache to everyone
   * (lib/core/site/cached-pages.ts), which cannot carry a per-request nonce.
   */
  nonce: string | null;
  /** `next dev`: React rebuilds server error stacks with eval there (never in production). */
  development: boolean;
  /** Served over HTTPS: adds HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** Where the venue maps load their tiles from (lib/venues/map/tiles.ts tileOrigins()). */
  imageOrigins: readonly string[];
  /** The request's path: uploaded files get a stricter policy than pages. */
  pathname?: string;
};

// Where uploaded files are served (photos, logos, meeting attachments). Their route handlers
// ask for a sandbox, but Next keeps a header the proxy already set over the handler's own, so
// the proxy must send the file policy itself. A test keeps this list in step with app/.
const uploadedFilePaths = [
  /^\/(?:activities|venues|needs)\/[^/]+\/photos\/[^/]+$/,
  /^\/my\/commitments\/photos\/[^/]+$/,
  /^\/meetings\/[^/]+\/attachments\/[^/]+$/,
  /^\/units\/[^/]+\/logo$/,
];

export function isUploadedFilePath(pathname: string): boolean {
  return uploadedFilePaths.some((pattern) => pattern.test(pathname));
}

/** An uploaded file opened on its own runs nothing and loads nothing, whatever it contains. */
export const uploadedFilePolicy = "default-src 'none'; sandbox; frame-ancestors 'none'";

// Only plain origins reach the policy: an operator's MAP_TILE_URL with a ";" or a quote in its
// host must not be able to add or break directives.
const plainOrigin = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/** A fresh, unguessable nonce (128 random bits). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(context: SecurityContext): string {
  if (context.pathname !== undefined && isUploadedFilePath(context.pathname)) return uploadedFilePolicy;
  const tiles = [...new Set(context.imageOrigins.filter((origin) => plainOrigin.test(origin)))];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      // A cached page's inline RSC payload is the same for every visitor, so it cannot carry a
      // nonce: there scripts from this origin and inline ones run (README "Security headers").
      ...(context.nonce === null ? ["'unsafe-inline'"] : [`'nonce-${context.nonce}'`, "'strict-dynamic'"]),
      ...(context.development ? ["'unsafe-eval'"] : []),
    ],
    // 'unsafe-inline' for styles: React writes style="" attributes into the server HTML and
    // Leaflet positions every tile, marker and popup with inline styles. A nonce cannot cover
    // attributes, and next to a nonce browsers ignore 'unsafe-inline'. Styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    // data: and blob: for Leaflet's icons and photo previews before upload; tiles from their hosts.
    ["img-src", "'self'", "data:", "blob:", ...tiles],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ...(context.https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/**
 * Browser features the portal never uses are switched off for it and anything it embeds. The
 * check-in screens show a QR code for the participants' own camera app and the venue map has
 * no "near me", so camera and geolocation are off too. Only features Chromium knows are named:
 * unknown ones print a console error on every page.
 */
const disabledFeatures = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export function permissionsPolicy(): string {
  return disabledFeatures.map((feature) => `${feature}=()`).join(", ");
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": permissionsPolicy(),
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // One year, this host only: the committee's other subdomains are not ours to pin to HTTPS.
    ...(context.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/**
 * HTTPS when the configured public origin is https, or the request itself arrived over https
 * (as Next.js read it). HSTS sent over plain HTTP would be ignored by browsers anyway.
 */
export function servedOverHttps(publicOrigin: string, requestProtocol: string): boolean {
  return publicOrigin.startsWith("https:") || requestProtocol === "https:";
}
