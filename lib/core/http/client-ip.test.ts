import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const from = (headers: Record<string, string>) => clientIpFrom((name) => headers[name]);

describe("clientIpFrom", () => {
  it("reads the address the portal's server resolved", () => {
    expect(from({ "x-rz-client-ip": "203.0.113.7" })).toBe("203.0.113.7");
  });

  it("never reads a client-written X-Forwarded-For or X-Real-IP", () => {
    expect(from({ "x-forwarded-for": "198.51.100.99", "x-real-ip": "198.51.100.2" })).toBe("unknown");
  });

  it("refuses an oversized value", () => {
    expect(from({ "x-rz-client-ip": "1".repeat(65) })).toBe("unknown");
  });
});
