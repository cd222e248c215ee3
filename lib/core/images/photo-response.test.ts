import { describe, expect, it } from "vitest";
import { pathId, publicPhotoResponse } from "./photo-response";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const params = (id: string, photoId: string) => Promise.resolve({ id, photoId });

describe("pathId", () => {
  it("reads plain positive digits only", () => {
    expect(pathId("12")).toBe(12);
    for (const raw of ["0", "-1", "+1", " 1", "1e3", "0x10", "1.0", "2147483648", ""]) {
      expect(pathId(raw), raw).toBeNull();
    }
  });
});

describe("publicPhotoResponse", () => {
  it("serves the photo sandboxed, not sniffable and briefly cached", async () => {
    const response = await publicPhotoResponse(params("3", "7"), async (recordId, photoId) =>
      recordId === 3 && photoId === 7 ? { contentType: "image/png", data: png } : null,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it("is 404 for a hostile id, a photo that is not public, or a stored type that is not an image", async () => {
    let asked = 0;
    const load = async () => {
      asked += 1;
      return { contentType: "text/html", data: png };
    };
    expect((await publicPhotoResponse(params("1e3", "7"), load)).status).toBe(404);
    expect(asked).toBe(0);
    expect((await publicPhotoResponse(params("3", "7"), load)).status).toBe(404);
    expect((await publicPhotoResponse(params("3", "7"), async () => null)).status).toBe(404);
  });
});
