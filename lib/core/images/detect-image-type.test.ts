import { describe, expect, it } from "vitest";
import { detectImageType } from "./detect-image-type";

const bytes = (...values: Array<number | string>) =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === "string" ? [...value].map((c) => c.charCodeAt(0)) : [value])),
  );

describe("detectImageType", () => {
  it("recognises PNG, JPEG and WebP by their signatures", () => {
    expect(detectImageType(bytes(0x89, "PNG\r\n", 0x1a, "\n", 0, 0))).toBe("image/png");
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, "JFIF"))).toBe("image/jpeg");
    expect(detectImageType(bytes("RIFF", 0x24, 0, 0, 0, "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses text, SVG, GIF, other RIFF files and truncated signatures", () => {
    expect(detectImageType(bytes("hello, I am a .png"))).toBeNull();
    expect(detectImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(detectImageType(bytes("GIF89a", 1, 0, 1, 0))).toBeNull();
    expect(detectImageType(bytes("RIFF", 0x24, 0, 0, 0, "WAVEfmt "))).toBeNull();
    expect(detectImageType(bytes(0x89, "PNG"))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});
