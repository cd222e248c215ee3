import { describe, expect, it } from "vitest";
import { pixelBombPng } from "@/tests/factories/images";
import { readPhoto } from "./read-photo";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3]);

describe("reading an uploaded photo", () => {
  it("takes the type from the bytes, whatever the browser claims", async () => {
    const photo = await readPhoto(new Blob([png], { type: "text/html" }), 100);
    expect(photo).toMatchObject({ contentType: "image/png" });
    expect("data" in photo && photo.data.byteLength).toBe(png.byteLength);
  });

  it("refuses bytes that are no PNG, JPEG or WebP, even named as an image", async () => {
    const svg = new Blob([new TextEncoder().encode("<svg onload=alert(1)>")], { type: "image/png" });
    expect(await readPhoto(svg, 100)).toEqual({ refused: "type" });
  });

  it("refuses a photo over the size cap", async () => {
    expect(await readPhoto(new Blob([png]), png.byteLength - 1)).toEqual({ refused: "tooLarge" });
  });

  it("refuses a pixel bomb by the size its header declares", async () => {
    expect(await readPhoto(new Blob([new Uint8Array(pixelBombPng())]), 1024 * 1024)).toEqual({
      refused: "tooManyPixels",
    });
  });
});
