import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const from = (headers: Record<string, string>) => clientIpFrom((name) => headers[name]);

describe("clientIpFrom", () => {
  it("takes the first X-Forwarded-For address", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
  });
  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(from({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(from({})).toBe("unknown");
  });
});
