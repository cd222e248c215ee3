import { describe, expect, it } from "vitest";
import { encodeGb18030, utf8 } from "@/tests/factories/unit-import-files";
import { decodeText } from "./encoding";

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    expect(decodeText(utf8("单位名称,简称"))).toEqual({ text: "单位名称,简称", encoding: "utf-8" });
    expect(decodeText(utf8("单位名称,简称", true))).toEqual({ text: "单位名称,简称", encoding: "utf-8" });
  });

  it("recognises GBK/GB18030 text from Excel by its bytes not being valid UTF-8", () => {
    const bytes = encodeGb18030("单位名称,简称\r\n瑞祥科技集团团委,瑞祥科技");
    expect(bytes).not.toEqual(utf8("单位名称,简称"));
    expect(decodeText(bytes)).toEqual({
      text: "单位名称,简称\r\n瑞祥科技集团团委,瑞祥科技",
      encoding: "gb18030",
    });
  });

  it("reads UTF-16 (Excel's Unicode text) by its byte order mark", () => {
    const body = Buffer.from("名称\t简称", "utf16le");
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]))).toEqual({
      text: "名称\t简称",
      encoding: "utf-16le",
    });
  });

  it("gives up on bytes that are valid in none of the encodings", () => {
    expect(decodeText(new Uint8Array([0x41, 0xff, 0xff, 0x42]))).toBeNull();
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toBeNull();
  });

  it("keeps plain ASCII as UTF-8", () => {
    expect(decodeText(utf8("name,slug"))?.encoding).toBe("utf-8");
  });
});
