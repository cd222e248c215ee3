import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeRedirectPath("/plan?year=2023")).toBe("/plan?year=2023");
  });
  it("reduces absolute URLs to their path so a referer can be reused", () => {
    expect(safeRedirectPath("http://localhost:3000/units?q=x")).toBe("/units?q=x");
  });
  it("refuses protocol-relative and backslash tricks", () => {
    expect(safeRedirectPath("//evil.example/x")).toBe("/");
    expect(safeRedirectPath("/\\evil.example")).toBe("/");
  });
  it("falls back for empty or malformed input", () => {
    expect(safeRedirectPath(null, "/my")).toBe("/my");
    expect(safeRedirectPath("javascript:alert(1)")).toBe("/");
  });
});
