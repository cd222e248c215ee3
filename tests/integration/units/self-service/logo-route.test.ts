import { describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/units/[slug]/logo/route";
import { createUnit } from "@/tests/factories";
import { pngBytes } from "@/tests/factories/images";
import { giveUnitLogo } from "@/tests/factories/self-service";

function get(slug: string, init: { version?: string; headers?: Record<string, string> } = {}) {
  const url = `http://localhost/units/${slug}/logo${init.version ? `?v=${init.version}` : ""}`;
  return GET(new Request(url, { headers: init.headers }), { params: Promise.resolve({ slug }) });
}

describe("GET /units/[slug]/logo", () => {
  it("serves the stored bytes with their type, nosniff and a validator", async () => {
    const unit = await createUnit();
    const bytes = pngBytes(8, 8);
    const logo = await giveUnitLogo(unit.id, bytes);
    const response = await get(unit.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(response.headers.get("last-modified")).toBe(logo.updatedAt.toUTCString());
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

    const etag = response.headers.get("etag")!;
    const cached = await get(unit.slug, { headers: { "If-None-Match": etag } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
  });

  it("lets browsers keep the versioned URL pages link to for a year", async () => {
    const unit = await createUnit();
    const logo = await giveUnitLogo(unit.id);
    const response = await get(unit.slug, { version: logo.updatedAt.getTime().toString(36) });
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const outdated = await get(unit.slug, { version: "old" });
    expect(outdated.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("answers 404 for a unit without a logo, a withdrawn unit, an unknown or malformed slug", async () => {
    const plain = await createUnit();
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    await giveUnitLogo(withdrawn.id);
    for (const slug of [plain.slug, withdrawn.slug, "no-such-unit", "../etc/passwd"]) {
      expect((await get(slug)).status, slug).toBe(404);
    }
  });

  it("still serves a suspended unit's logo, like its profile page", async () => {
    const suspended = await createUnit({ status: "SUSPENDED" });
    await giveUnitLogo(suspended.id);
    expect((await get(suspended.slug)).status).toBe(200);
  });
});
