import { describe, expect, it } from "vitest";
import { detectAttachmentType, isAttachmentContentType } from "./attachment-type";

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("detectAttachmentType", () => {
  it("recognises PDF and images by their signatures, whatever the name says", () => {
    expect(detectAttachmentType(bytes("%PDF-1.7\n"), "x.txt")).toBe("application/pdf");
    expect(detectAttachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "a")).toBe(
      "image/png",
    );
    expect(detectAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]), "a.jpg")).toBe("image/jpeg");
    expect(detectAttachmentType(bytes("GIF89a"), "a.gif")).toBe("image/gif");
    expect(detectAttachmentType(bytes("GIF87a"), "a.gif")).toBe("image/gif");
    expect(detectAttachmentType(bytes("RIFF", [1, 2, 3, 4], "WEBP"), "a.webp")).toBe("image/webp");
  });

  it("accepts zip containers only as docx/xlsx/pptx, in any letter case", () => {
    expect(detectAttachmentType(bytes(zip), "议程.docx")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(detectAttachmentType(bytes(zip), "表.XLSX")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(detectAttachmentType(bytes(zip), "演示.pptx")).toBe(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    );
    expect(detectAttachmentType(bytes(zip), "archive.zip")).toBeNull();
    expect(detectAttachmentType(bytes(zip), "app.jar")).toBeNull();
    expect(detectAttachmentType(bytes(zip), "docx")).toBeNull();
  });

  it("accepts OLE compound files only as doc/xls/ppt", () => {
    expect(detectAttachmentType(bytes(ole), "a.doc")).toBe("application/msword");
    expect(detectAttachmentType(bytes(ole), "a.xls")).toBe("application/vnd.ms-excel");
    expect(detectAttachmentType(bytes(ole), "a.ppt")).toBe("application/vnd.ms-powerpoint");
    expect(detectAttachmentType(bytes(ole), "setup.msi")).toBeNull();
  });

  it("refuses an Office extension on the wrong container, and anything else", () => {
    expect(detectAttachmentType(bytes(ole), "a.docx")).toBeNull();
    expect(detectAttachmentType(bytes(zip), "a.doc")).toBeNull();
    expect(detectAttachmentType(bytes("MZ", [0x90, 0]), "a.exe")).toBeNull();
    expect(detectAttachmentType(bytes("hello world"), "a.pdf")).toBeNull();
    expect(detectAttachmentType(bytes("<svg onload=alert(1)>"), "a.png")).toBeNull();
    expect(detectAttachmentType(new Uint8Array(), "a.pdf")).toBeNull();
    expect(detectAttachmentType(bytes("%PD"), "a.pdf")).toBeNull();
  });

  it("knows which stored types it serves", () => {
    expect(isAttachmentContentType("application/pdf")).toBe(true);
    expect(isAttachmentContentType("text/html")).toBe(false);
  });
});
