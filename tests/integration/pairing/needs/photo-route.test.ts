// A need's photos are public like its page: served with their detected type and a sandbox, and
// gone with a cancelled need or a photo of another need.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/needs/[id]/photos/[photoId]/route";
import { db } from "@/lib/core/db";
import { pngBytes } from "@/tests/factories/images";
import { createNeedCommunity, createNeedRow } from "@/tests/factories/needs";

const get = (needId: number | string, photoId: number | string) =>
  GET(new Request(`http://test/needs/${needId}/photos/${photoId}`), {
    params: Promise.resolve({ id: String(needId), photoId: String(photoId) }),
  });

async function needWithPhoto(status: "OPEN" | "CANCELLED" = "OPEN") {
  const need = await createNeedRow((await createNeedCommunity()).id, { status });
  const photo = await db.needPhoto.create({
    data: { needId: need.id, contentType: "image/png", data: new Uint8Array(pngBytes()) },
  });
  return { need, photo };
}

describe("need photo route", () => {
  it("serves a photo of a need on the board as the image it is, sandboxed", async () => {
    const { need, photo } = await needWithPhoto();
    const response = await get(need.id, photo.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Content-Security-Policy")).toContain("sandbox");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(pngBytes()));
  });

  it("answers 404 for a cancelled need, another need's photo and a malformed id", async () => {
    const cancelled = await needWithPhoto("CANCELLED");
    expect((await get(cancelled.need.id, cancelled.photo.id)).status).toBe(404);
    const other = await needWithPhoto();
    expect((await get(other.need.id, cancelled.photo.id)).status).toBe(404);
    expect((await get("1e3", other.photo.id)).status).toBe(404);
  });
});
