import { describe, expect, it } from "vitest";
import { jpegOfSize, pixelBombPng, pngBytes, webpBytes } from "@/tests/factories/images";
import { imageSizeProblem, readImageSize } from "./image-size";

const riff = (chunk: string, body: number[]) =>
  Uint8Array.from([
    ...Buffer.from("RIFF"),
    0,
    0,
    0,
    0,
    ...Buffer.from("WEBP"),
    ...Buffer.from(chunk),
    0,
    0,
    0,
    0,
    ...body,
  ]);

describe("readImageSize", () => {
  it("reads the declared size of PNG, JPEG and the three kinds of WebP", () => {
    expect(readImageSize(pngBytes(16, 9), "image/png")).toEqual({ width: 16, height: 9 });
    expect(readImageSize(jpegOfSize(4000, 3000), "image/jpeg")).toEqual({ width: 4000, height: 3000 });
    expect(readImageSize(webpBytes(), "image/webp")).toMatchObject({ width: expect.any(Number) });
    const vp8 = riff("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01, 0, 0]);
    expect(readImageSize(vp8, "image/webp")).toEqual({ width: 640, height: 480 });
    const vp8x = riff("VP8X", [0, 0, 0, 0, 0x7f, 0x38, 0x01, 0x3f, 0x42, 0x0f, 0, 0]);
    expect(readImageSize(vp8x, "image/webp")).toEqual({ width: 80000, height: 1000000 });
  });

  it("finds a JPEG frame header after stray bytes, as decoders do", () => {
    const bytes = jpegOfSize(30_000, 30_000);
    const stray = Buffer.concat([bytes.subarray(0, 20), Buffer.from([1, 2, 3]), bytes.subarray(20)]);
    expect(readImageSize(stray, "image/jpeg")).toEqual({ width: 30_000, height: 30_000 });
  });

  it("has no size for a truncated header", () => {
    expect(readImageSize(pngBytes().subarray(0, 16), "image/png")).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), "image/jpeg")).toBeNull();
  });
});

describe("imageSizeProblem", () => {
  it("refuses a few hundred bytes declaring 60000 × 60000 pixels, and a 50000-pixel-wide strip", () => {
    const bomb = pixelBombPng();
    expect(bomb.byteLength).toBeLessThan(1024);
    expect(imageSizeProblem(bomb, "image/png")).toBe("tooManyPixels");
    expect(imageSizeProblem(pixelBombPng(50_000, 10), "image/png")).toBe("tooManyPixels");
    expect(imageSizeProblem(jpegOfSize(9000, 9000), "image/jpeg")).toBe("tooManyPixels");
  });

  it("lets phone photos and small logos through", () => {
    expect(imageSizeProblem(jpegOfSize(4032, 3024), "image/jpeg")).toBeNull();
    expect(imageSizeProblem(pngBytes(), "image/png")).toBeNull();
    expect(imageSizeProblem(webpBytes(), "image/webp")).toBeNull();
  });
});
