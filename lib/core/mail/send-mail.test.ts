import { afterEach, beforeEach, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { safeHeaders } from "./header-safe";
import { outbox, sendMail } from "./send-mail";

const hostileSubject = "【润州青工委】活动变更：植树\r\nBcc: victim@example.org\u2028X-Evil: 1";

describe("sendMail headers", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.MAIL_TRANSPORT = "memory";
    delete process.env.SMTP_URL;
    process.env.MAIL_FROM = "润州区青年工作委员会\r\nBcc: x@example.org <no-reply@rz.example.org>";
    outbox.length = 0;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("sends subjects and names on one line", async () => {
    const result = await sendMail({
      to: "a@example.org",
      toName: "陆斌\nCc: b@example.org",
      subject: hostileSubject,
      text: "正文",
    });
    expect(result).toEqual({ sent: true });
    expect(outbox).toHaveLength(1);
    const [mail] = outbox;
    expect(mail!.subject).toBe("【润州青工委】活动变更：植树 Bcc: victim@example.org X-Evil: 1");
    expect(mail!.from).toBe('"润州区青年工作委员会 Bcc: x@example.org" <no-reply@rz.example.org>');
    expect(mail!.toName).toBe("陆斌 Cc: b@example.org");
  });

  it("refuses a recipient field that names several addresses", async () => {
    const result = await sendMail({ to: "a@example.org, b@example.org", subject: "x", text: "y" });
    expect(result.sent).toBe(false);
    expect(outbox).toHaveLength(0);
  });

  it("gives nodemailer values that make one header each in the raw message", async () => {
    const headers = safeHeaders(
      { to: "a@example.org", toName: '陆斌"\r\nBcc: b@example.org', subject: hostileSubject },
      process.env.MAIL_FROM!,
      { name: "", address: "no-reply@localhost" },
    )!;
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "\r\n" });
    const info = await transport.sendMail({ ...headers, text: "正文" });
    const raw = (info.message as Buffer).toString("utf8");
    const head = raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
    const names = head.split("\r\n").map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
    expect(names).not.toContain("bcc");
    expect(names).not.toContain("cc");
    expect(names).not.toContain("x-evil");
    expect(names.filter((name) => name === "to")).toHaveLength(1);
  });
});
