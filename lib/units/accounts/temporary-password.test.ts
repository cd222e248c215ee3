import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "./temporary-password";

describe("generateTemporaryPassword", () => {
  it("gives three readable groups of four without look-alike characters", () => {
    for (let i = 0; i < 200; i += 1) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$/);
      expect(password.replace(/-/g, "")).toMatch(/[a-z]/);
      expect(password.replace(/-/g, "")).toMatch(/\d/);
    }
  });

  it("is at least 12 characters long and different every time", () => {
    const passwords = new Set(Array.from({ length: 500 }, generateTemporaryPassword));
    expect(passwords.size).toBe(500);
    for (const password of passwords) expect(password.length).toBeGreaterThanOrEqual(12);
  });
});
