import { describe, expect, it } from "vitest";
import {
  displayName,
  formatMailbox,
  headerText,
  mailAddress,
  parseMailbox,
  safeHeaders,
} from "./header-safe";

const breaks = ["\r\n", "\r", "\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u0000"];
const fallback = { name: "润州区青年工作委员会", address: "no-reply@localhost" };

describe("headerText", () => {
  it("keeps every header value on one line, whatever break the text holds", () => {
    for (const br of breaks) {
      const value = headerText(`活动变更${br}Bcc: victim@example.org`);
      expect(value, JSON.stringify(br)).toBe("活动变更 Bcc: victim@example.org");
      expect(value).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    }
  });

  it("drops bidirectional overrides, mends lone surrogates and caps the length", () => {
    expect(headerText("a\u202eb\u2066c")).toBe("abc");
    expect(headerText("x\ud83d")).toBe("x\ufffd");
    expect(Array.from(headerText("润".repeat(400)))).toHaveLength(250);
    expect(headerText("  a \t\t b  ")).toBe("a b");
  });
});

describe("addresses", () => {
  it("accepts one plain address only", () => {
    expect(mailAddress(" secretary@example.org ")).toBe("secretary@example.org");
    for (const bad of [
      "a@example.org, b@example.org",
      "a@example.org;b@example.org",
      "a@example.org\r\nBcc: b@example.org",
      "a@example.org\u2028b",
      "Name <a@example.org>",
      '"x"@example.org',
      "no-at-sign",
      "a@b@example.org",
    ]) {
      expect(mailAddress(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("reads MAIL_FROM as one mailbox with a safe display name", () => {
    expect(parseMailbox("润州区青年工作委员会 <no-reply@rz.example.org>")).toEqual({
      name: "润州区青年工作委员会",
      address: "no-reply@rz.example.org",
    });
    expect(parseMailbox('"Committee" <a@rz.example.org>')).toEqual({
      name: "Committee",
      address: "a@rz.example.org",
    });
    expect(parseMailbox("a@rz.example.org")).toEqual({ name: "", address: "a@rz.example.org" });
    expect(parseMailbox("Evil\r\nBcc: x@y.org <a@rz.example.org>")).toEqual({
      name: "Evil Bcc: x@y.org",
      address: "a@rz.example.org",
    });
    expect(parseMailbox("x <a@rz.example.org>, y <b@rz.example.org>")).toBeNull();
  });

  it("makes display names that cannot close their quotes", () => {
    expect(displayName('陆斌" <evil@example.org>\r\nBcc: x')).toBe("陆斌 evil@example.org Bcc: x");
    expect(formatMailbox({ name: "陆斌", address: "a@example.org" })).toBe('"陆斌" <a@example.org>');
  });
});

describe("safeHeaders", () => {
  it("builds one-line subject and names, and refuses a recipient that is not one address", () => {
    const headers = safeHeaders(
      { to: "a@example.org", toName: "陆斌\nBcc: x@y.org", subject: "【润州青工委】会议\r\nBcc: x@y.org" },
      "bad from\r\n",
      fallback,
    );
    expect(headers).toEqual({
      from: fallback,
      to: { name: "陆斌 Bcc: x@y.org", address: "a@example.org" },
      subject: "【润州青工委】会议 Bcc: x@y.org",
    });
    expect(safeHeaders({ to: "a@example.org,b@example.org", subject: "x" }, "", fallback)).toBeNull();
  });
});
