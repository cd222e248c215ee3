// The mail worker: claims due messages (never the same one twice, even with two workers),
// retries with exponential backoff, gives up after the last attempt, and never resends a
// message a crashed worker left half-sent.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { MailMessage } from "@/lib/core/mail/send-mail";
import { deliverDueMail } from "@/lib/core/mail/worker";

const policy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 };
// An hour ahead: every row queued here is due by then, and no real-time pass claims them.
const t0 = new Date(Date.now() + 60 * 60_000);
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(() => {
  process.env.MAIL_TRANSPORT = "memory";
});
afterAll(() => {
  delete process.env.MAIL_TRANSPORT;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.mailOutbox.deleteMany();
});

async function queue(count: number, prefix: string) {
  await db.mailOutbox.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      to: `${prefix}-${i}@example.org`,
      subject: `subject ${i}`,
      text: `body ${i}`,
      nextAttemptAt: t0,
    })),
  });
}

const failing = async () => ({ sent: false, error: "421 try later" });

describe("mail worker", () => {
  it("retries a failed message with growing delays and gives up after the last attempt, logged", async () => {
    await queue(1, "retry");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});

    expect(await deliverDueMail({ now: t0, send: failing, policy })).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    let row = await db.mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "421 try later" });
    expect(row.nextAttemptAt).toEqual(at(1_000));

    // Not due yet: nothing is tried.
    expect(await deliverDueMail({ now: at(999), send: failing, policy })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });

    expect(await deliverDueMail({ now: at(1_000), send: failing, policy })).toMatchObject({ retried: 1 });
    row = await db.mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ attempts: 2 });
    expect(row.nextAttemptAt).toEqual(at(1_000 + 2_000)); // twice the first delay

    expect(await deliverDueMail({ now: at(3_000), send: failing, policy })).toMatchObject({ failed: 1 });
    row = await db.mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "FAILED", attempts: 3, text: "", lastError: "421 try later" });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("giving up on message"));
    expect(await deliverDueMail({ now: at(60_000), send: failing, policy })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
  });

  it("sends a message after an earlier failure and marks it sent", async () => {
    await queue(1, "later");
    await deliverDueMail({ now: t0, send: failing, policy });
    const sent: MailMessage[] = [];
    const send = async (message: MailMessage) => (sent.push(message), { sent: true });
    expect(await deliverDueMail({ now: at(1_000), send, policy })).toMatchObject({ sent: 1 });
    expect(sent).toEqual([{ to: "later-0@example.org", subject: "subject 0", text: "body 0" }]);
    expect(await db.mailOutbox.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2, text: "" });
  });

  it("two workers running at once send every message exactly once", async () => {
    await queue(12, "pair");
    const sends: string[] = [];
    const slowSend = async (message: MailMessage) => {
      sends.push(message.to);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { sent: true };
    };
    const options = { now: t0, send: slowSend, policy, limit: 5 };
    // Each worker keeps passing until nothing is left, both at the same time.
    const drain = async () => {
      while (
        (await deliverDueMail(options)).sent > 0 ||
        (await db.mailOutbox.count({ where: { status: "PENDING" } })) > 0
      );
    };
    await Promise.all([drain(), drain()]);
    expect(sends).toHaveLength(12);
    expect(new Set(sends).size).toBe(12);
    expect(await db.mailOutbox.count({ where: { status: "SENT" } })).toBe(12);
  });

  it("claims nothing while another instance holds the claim lock", async () => {
    await queue(2, "locked");
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock($1::bigint)", [0x6d61696c]);
      const send = vi.fn(async () => ({ sent: true }));
      expect(await deliverDueMail({ now: t0, send, policy })).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(send).not.toHaveBeenCalled();
      await other.query("COMMIT");
      expect(await deliverDueMail({ now: t0, send, policy })).toMatchObject({ sent: 2 });
    } finally {
      await other.end();
    }
  });

  it("never resends a message left in SENDING by a crash; it is marked failed and logged", async () => {
    await queue(1, "crashed");
    await db.mailOutbox.updateMany({ data: { status: "SENDING", attempts: 1, claimedAt: at(-11 * 60_000) } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const send = vi.fn(async () => ({ sent: true }));
    await deliverDueMail({ now: t0, send, policy });
    expect(send).not.toHaveBeenCalled();
    expect(await db.mailOutbox.findFirstOrThrow()).toMatchObject({ status: "FAILED", text: "" });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("interrupted while sending"));
  });

  it("leaves a message another worker is sending right now alone", async () => {
    await queue(1, "busy");
    await db.mailOutbox.updateMany({ data: { status: "SENDING", attempts: 1, claimedAt: at(-5_000) } });
    const send = vi.fn(async () => ({ sent: true }));
    await deliverDueMail({ now: t0, send, policy });
    expect(send).not.toHaveBeenCalled();
    expect(await db.mailOutbox.findFirstOrThrow()).toMatchObject({ status: "SENDING", text: "body 0" });
  });

  it("deletes sent and failed messages after 90 days, never waiting ones", async () => {
    const old = at(-91 * 24 * 60 * 60_000);
    const base = { subject: "s", text: "", createdAt: old };
    await db.mailOutbox.createMany({
      data: [
        { ...base, to: "old-sent@example.org", status: "SENT" },
        { ...base, to: "old-failed@example.org", status: "FAILED" },
        { ...base, to: "old-pending@example.org", status: "PENDING", text: "b", nextAttemptAt: at(60_000) },
        { ...base, to: "recent-sent@example.org", status: "SENT", createdAt: at(-1_000) },
      ],
    });
    await deliverDueMail({ now: t0, send: failing, policy });
    const left = await db.mailOutbox.findMany({ select: { to: true }, orderBy: { to: "asc" } });
    expect(left.map((row) => row.to)).toEqual(["old-pending@example.org", "recent-sent@example.org"]);
  });
});
