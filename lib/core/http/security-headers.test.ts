import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { mapTiles, tileOrigins } from "@/lib/venues/map/tiles";
import {
  contentSecurityPolicy,
  createNonce,
  isUploadedFilePath,
  permissionsPolicy,
  securityHeaders,
  servedOverHttps,
  type SecurityContext,
  uploadedFilePolicy,
} from "./security-headers";

const context: SecurityContext = { nonce: "abc123==", development: false, https: false, imageOrigins: [] };

/** The policy as directive name → its values. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this request's nonce run, and nothing inline or eval'd", () => {
    const script = directives(contentSecurityPolicy(context)).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
  });

  it("allows eval only on the development server", () => {
    const dev = directives(contentSecurityPolicy({ ...context, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids plugins, foreign base URLs, framing and foreign form targets", () => {
    const policy = directives(contentSecurityPolicy(context));
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("allows images from the map tile hosts, data: and blob:", () => {
    const imageOrigins = tileOrigins(mapTiles({ MAP_TILES: "amap" }));
    const img = directives(contentSecurityPolicy({ ...context, imageOrigins })).get("img-src");
    expect(img).toEqual(["'self'", "data:", "blob:", ...imageOrigins]);
    expect(img).toContain("https://webrd01.is.autonavi.com");
    expect(directives(contentSecurityPolicy(context)).get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("takes a custom MAP_TILE_URL's hosts, but nothing that could add a directive", () => {
    const imageOrigins = [
      ...tileOrigins(mapTiles({ MAP_TILE_URL: "https://{s}.tiles.example.cn:8443/{z}/{x}/{y}.png" })),
      "https://evil.example; script-src *",
      "https://a'b.example",
    ];
    const policy = contentSecurityPolicy({ ...context, imageOrigins });
    expect(directives(policy).get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://a.tiles.example.cn:8443",
      "https://b.tiles.example.cn:8443",
      "https://c.tiles.example.cn:8443",
    ]);
    expect(policy.match(/script-src/g)).toHaveLength(1);
  });

  it("upgrades insecure requests only when the site is served over HTTPS", () => {
    expect(contentSecurityPolicy(context)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...context, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("securityHeaders", () => {
  it("sets nosniff, the referrer policy, no framing and a permissions policy", () => {
    const headers = securityHeaders(context);
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy(context));
    expect(headers["Permissions-Policy"]).toBe(permissionsPolicy());
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders(context)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ ...context, https: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000",
    );
  });
});

describe("permissionsPolicy", () => {
  it("switches off camera, microphone, geolocation and payment for the portal and anything it embeds", () => {
    const policy = permissionsPolicy();
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toMatch(/^[a-z-]+=\(\)(, [a-z-]+=\(\))*$/);
  });
});

describe("servedOverHttps", () => {
  it("is true for an https public origin or an https request", () => {
    expect(servedOverHttps("https://portal.example.cn", "http:")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "https:")).toBe(true);
    expect(servedOverHttps("http://127.0.0.1:3302", "http:")).toBe(false);
  });
});

describe("createNonce", () => {
  it("gives a different base64 value of 128 bits every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("uploaded files", () => {
  /**
   * Every route handler under app/ that serves a file with its own sandbox policy (written in the
   * route, or publicPhotoResponse's: lib/core/images/photo-response.ts), as a sample path.
   */
  function sandboxedRoutes(): string[] {
    const root = join(process.cwd(), "app");
    return readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"))
      .filter((file) => /sandbox|publicPhotoResponse/.test(readFileSync(join(root, file), "utf8")))
      .map(
        (file) =>
          "/" +
          dirname(file)
            .split(sep)
            .filter((part) => !/^\(.*\)$/.test(part) && part !== "[locale]")
            .map((part) => (/^\[.*\]$/.test(part) ? "7" : part))
            .join("/"),
      );
  }

  it("get the sandbox policy on every route that serves them, and pages do not", () => {
    const routes = sandboxedRoutes();
    expect(routes).toContain("/units/7/logo");
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const pathname of routes) {
      expect(contentSecurityPolicy({ ...context, pathname }), pathname).toBe(uploadedFilePolicy);
    }
    for (const pathname of ["/", "/activities/7", "/venues/7", "/units/7", "/my/commitments/7"]) {
      expect(isUploadedFilePath(pathname), pathname).toBe(false);
    }
  });
});
