import { describe, expect, it } from "vitest";
import { publicOrigin, publicUrl } from "./public-origin";

describe("publicOrigin", () => {
  it("prefers PUBLIC_ORIGIN, reduced to its origin", () => {
    expect(
      publicOrigin({ PUBLIC_ORIGIN: "https://portal.example.cn/some/path", NEXTAUTH_URL: "http://x" }),
    ).toBe("https://portal.example.cn");
  });
  it("falls back to NEXTAUTH_URL, then to localhost on PORT", () => {
    expect(publicOrigin({ NEXTAUTH_URL: " https://portal.example.org/ " })).toBe(
      "https://portal.example.org",
    );
    expect(publicOrigin({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(publicOrigin({})).toBe("http://localhost:3000");
  });
  it("skips malformed or non-web settings instead of failing", () => {
    expect(publicOrigin({ PUBLIC_ORIGIN: "not a url", NEXTAUTH_URL: "https://ok.example" })).toBe(
      "https://ok.example",
    );
    expect(publicOrigin({ PUBLIC_ORIGIN: "javascript:alert(1)" })).toBe("http://localhost:3000");
  });
});

describe("publicUrl", () => {
  it("puts a server-made path on the public origin", () => {
    expect(publicUrl("/activities/3", { PUBLIC_ORIGIN: "https://portal.example.cn/x/" })).toBe(
      "https://portal.example.cn/activities/3",
    );
  });
});
