import "server-only";
import { db } from "@/lib/core/db";
import { afterFailure, retryPolicy, type RetryPolicy } from "./backoff";
import { isMailConfigured, sendMail, type MailMessage, type SendResult } from "./send-mail";

// The mail worker: sends what lib/core/mail/outbox.ts queued. One pass (deliverDueMail):
//
// 1. Claim due rows in a short transaction: PENDING rows whose nextAttemptAt has come are set
//    to SENDING (attempts + 1, claimedAt) with `FOR UPDATE SKIP LOCKED`, under a transaction-
//    level advisory lock. Two app instances (or two passes) therefore never claim the same row:
//    the claim is a single atomic status change, and the lock keeps claims from interleaving.
//    No connection is held while sending.
// 2. Send each claimed row, then mark it SENT, or PENDING again with a later nextAttemptAt
//    (exponential backoff, lib/core/mail/backoff.ts), or FAILED after the last attempt (logged).
//
// At most once: a crash between sending and marking leaves the row in SENDING, and a SENDING
// row is never sent again (it may already have gone out; a duplicate activation link or notice
// is worse than a missing one, which the admin sees and the inbox still holds). Rows stuck in
// SENDING longer than any send can take are marked FAILED and logged by the next pass.
//
// The body is emptied once a row is SENT or FAILED: it may hold a one-time activation link,
// which the database otherwise keeps only as a hash.

/** Any key unique to this app: pg advisory locks are per database. */
const claimLockKey = 0x6d61696c; // "mail"
/** Longer than nodemailer's connect + greeting + socket timeouts together. */
const stuckAfterMs = 10 * 60_000;
const batchSize = 20;
/** Sent and failed rows are kept this long for looking into complaints, then deleted. */
const keepFinishedMs = 90 * 24 * 60 * 60_000;

type Claimed = { id: number; to: string; subject: string; text: string; attempts: number };
export type Send = (message: MailMessage) => Promise<SendResult>;
export type PassResult = { sent: number; retried: number; failed: number };

async function claimDue(now: Date, limit: number): Promise<Claimed[]> {
  return db.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<[{ locked: boolean }]>`
      SELECT pg_try_advisory_xact_lock(${claimLockKey}::bigint) AS locked`;
    if (!locked) return []; // another instance is claiming right now; its rows are its own
    return tx.$queryRaw<Claimed[]>`
      UPDATE "MailOutbox" SET status = 'SENDING', attempts = attempts + 1, "claimedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "MailOutbox"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id, "to", subject, text, attempts`;
  });
}

async function pruneFinished(now: Date): Promise<void> {
  await db.mailOutbox.deleteMany({
    where: {
      status: { in: ["SENT", "FAILED"] },
      createdAt: { lt: new Date(now.getTime() - keepFinishedMs) },
    },
  });
}

/** Rows a crashed worker left in SENDING: given up on, never resent (at most once). */
async function giveUpOnStuck(now: Date): Promise<number> {
  const stuck = await db.mailOutbox.findMany({
    where: { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - stuckAfterMs) } },
    select: { id: true, to: true, subject: true },
  });
  for (const row of stuck) {
    const { count } = await db.mailOutbox.updateMany({
      where: { id: row.id, status: "SENDING" },
      data: {
        status: "FAILED",
        text: "",
        lastError: "interrupted while sending; not resent (it may have gone out)",
      },
    });
    if (count > 0) {
      console.error(
        `[mail] message ${row.id} to ${row.to} ("${row.subject}") was interrupted while sending; not resent`,
      );
    }
  }
  return stuck.length;
}

async function settle(row: Claimed, result: SendResult, policy: RetryPolicy, now: Date) {
  if (result.sent) {
    await db.mailOutbox.update({
      where: { id: row.id },
      data: { status: "SENT", sentAt: new Date(), text: "", lastError: null },
    });
    return "sent" as const;
  }
  const lastError = (result.error ?? "mail is not configured").slice(0, 1000);
  const next = afterFailure(row.attempts, policy, now);
  if (next.status === "FAILED") {
    console.error(
      `[mail] giving up on message ${row.id} to ${row.to} after ${row.attempts} attempts: ${lastError}`,
    );
    await db.mailOutbox.update({ where: { id: row.id }, data: { status: "FAILED", text: "", lastError } });
    return "failed" as const;
  }
  await db.mailOutbox.update({
    where: { id: row.id },
    data: { status: "PENDING", nextAttemptAt: next.nextAttemptAt, lastError },
  });
  return "retried" as const;
}

/** One pass of the worker: claims the due messages, sends them and records the outcome. */
export async function deliverDueMail(
  options: { now?: Date; send?: Send; policy?: RetryPolicy; limit?: number } = {},
): Promise<PassResult> {
  const totals: PassResult = { sent: 0, retried: 0, failed: 0 };
  if (!isMailConfigured()) return totals; // queued rows wait until mail is configured
  const now = options.now ?? new Date();
  const send = options.send ?? sendMail;
  const policy = options.policy ?? retryPolicy();
  await giveUpOnStuck(now);
  await pruneFinished(now);
  for (const row of await claimDue(now, options.limit ?? batchSize)) {
    let result: SendResult;
    try {
      result = await send({ to: row.to, subject: row.subject, text: row.text });
    } catch (error) {
      result = { sent: false, error: error instanceof Error ? error.message : String(error) };
    }
    totals[await settle(row, result, policy, now)] += 1;
  }
  return totals;
}
