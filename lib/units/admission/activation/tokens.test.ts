import { describe, expect, it } from "vitest";
import { activationLink, createRawToken, hashToken, isWellFormedToken } from "./tokens";

describe("activation tokens", () => {
  it("are 32 random bytes in base64url (43 characters) and differ every time", () => {
    const first = createRawToken();
    const second = createRawToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first, "base64url")).toHaveLength(32);
    expect(first).not.toBe(second);
    expect(isWellFormedToken(first)).toBe(true);
  });

  it("are stored as a 64-character sha256 hex digest that does not contain the token", () => {
    const token = createRawToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    // Known vector: sha256("abc").
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it.each(["", "short", "x".repeat(44), `${"a".repeat(42)}=`, "../../etc/passwd"])(
    "rejects the malformed token %j",
    (token) => expect(isWellFormedToken(token)).toBe(false),
  );

  it("builds the link from the origin without doubling slashes", () => {
    expect(activationLink("https://portal.example/", "abc")).toBe("https://portal.example/activate/abc");
  });
});
