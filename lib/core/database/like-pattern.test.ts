import { describe, expect, it } from "vitest";
import { escapeLikePattern } from "./like-pattern";

describe("escapeLikePattern", () => {
  it("leaves ordinary text alone", () => {
    expect(escapeLikePattern("润州 邮政")).toBe("润州 邮政");
  });

  it("escapes LIKE wildcards and the escape character itself", () => {
    expect(escapeLikePattern("100%")).toBe("100\\%");
    expect(escapeLikePattern("a_b")).toBe("a\\_b");
    expect(escapeLikePattern("a\\b")).toBe("a\\\\b");
  });
});
