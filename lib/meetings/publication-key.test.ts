import { describe, expect, it } from "vitest";
import { publicationKey } from "./publication-key";

const erratum = (id: number) => ({ id, body: "", author: { name: "x" }, createdAt: "2026-01-01T00:00:00Z" });

describe("publicationKey", () => {
  it("is the same for the same publication, whatever text the view carries", () => {
    const a = publicationKey({ publishedAt: "2026-03-01T02:00:00.000Z", errata: [erratum(4)] });
    const b = publicationKey({
      publishedAt: "2026-03-01T02:00:00.000Z",
      errata: [{ ...erratum(4), body: "x" }],
    });
    expect(a).toBe(b);
  });

  it("changes when the minutes are republished or an erratum is added", () => {
    const first = publicationKey({ publishedAt: "2026-03-01T02:00:00.000Z", errata: [] });
    expect(publicationKey({ publishedAt: "2026-03-02T02:00:00.000Z", errata: [] })).not.toBe(first);
    expect(publicationKey({ publishedAt: "2026-03-01T02:00:00.000Z", errata: [erratum(1)] })).not.toBe(first);
  });
});
