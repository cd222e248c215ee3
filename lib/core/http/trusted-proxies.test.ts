import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, resolveClientIp } from "./trusted-proxies";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.2, 172.16.0.0/12, fd00::/8");

describe("resolveClientIp", () => {
  it("uses the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientIp("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientIp("203.0.113.7", "198.51.100.1", proxies)).toBe("203.0.113.7");
  });

  it("takes the right-most untrusted hop behind trusted proxies, not what the client wrote", () => {
    expect(resolveClientIp("10.0.0.2", "198.51.100.99, 203.0.113.7", proxies)).toBe("203.0.113.7");
    expect(resolveClientIp("10.0.0.2", "1.2.3.4, 203.0.113.7, 172.20.1.1", proxies)).toBe("203.0.113.7");
    expect(resolveClientIp("fd00::1", ["203.0.113.7"], proxies)).toBe("203.0.113.7");
  });

  it("stops at garbage in the header and keeps the last trusted address", () => {
    expect(resolveClientIp("10.0.0.2", "203.0.113.7, <script>", proxies)).toBe("10.0.0.2");
  });

  it("falls back to the trusted peer when the header is missing", () => {
    expect(resolveClientIp("10.0.0.2", undefined, proxies)).toBe("10.0.0.2");
  });

  it("reports a socket without an address as unknown", () => {
    expect(resolveClientIp(undefined, "203.0.113.7", proxies)).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it.each(["10.0.0.300", "10.0.0.0/33", "proxy.local", "10.0.0.0/8/1", "fd00::/129"])(
    "refuses %s",
    (entry) => {
      expect(() => parseTrustedProxies(entry)).toThrow(/TRUSTED_PROXIES/);
    },
  );
});

describe("normaliseAddress", () => {
  it("unwraps IPv4-mapped IPv6 and brackets", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("nonsense")).toBeNull();
  });
});
