import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const from = (headers: Record<string, string>, hops?: number) => clientIpFrom((name) => headers[name], hops);

describe("clientIpFrom", () => {
  it("takes the address the nearest proxy appended, not one the client wrote", () => {
    expect(from({ "x-forwarded-for": "198.51.100.99, 203.0.113.7" })).toBe("203.0.113.7");
  });
  it("goes further left only across the configured number of trusted proxies", () => {
    expect(from({ "x-forwarded-for": "198.51.100.99, 203.0.113.7, 10.0.0.1" }, 2)).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "203.0.113.7" }, 3)).toBe("203.0.113.7");
  });
  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(from({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(from({})).toBe("unknown");
  });
});
