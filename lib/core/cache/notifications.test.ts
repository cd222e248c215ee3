import { describe, expect, it } from "vitest";
import { decodeTagMessage, encodeTagMessages } from "./notifications";

describe("tag notifications", () => {
  it("round-trips the sender and its tags, without duplicates", () => {
    const [payload, ...rest] = encodeTagMessages("a", [
      "_N_T_/zh-CN/units",
      "_N_T_/en/units",
      "_N_T_/en/units",
    ]);
    expect(rest).toEqual([]);
    expect(decodeTagMessage(payload)).toEqual({ from: "a", tags: ["_N_T_/zh-CN/units", "_N_T_/en/units"] });
  });

  it("splits a long list so that every payload fits PostgreSQL's 8000-byte limit", () => {
    const tags = Array.from({ length: 200 }, (_, i) => `_N_T_/zh-CN/activities/${i}/${"x".repeat(80)}`);
    const payloads = encodeTagMessages("a", tags);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(payloads.flatMap((payload) => decodeTagMessage(payload)?.tags ?? [])).toEqual(tags);
  });

  it("rejects payloads it did not write", () => {
    expect(decodeTagMessage("not json")).toBeNull();
    expect(decodeTagMessage(JSON.stringify({ from: "a", tags: [1] }))).toBeNull();
    expect(decodeTagMessage(undefined)).toBeNull();
  });
});
