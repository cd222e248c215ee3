// Email copies of notifications (MAIL_TRANSPORT=memory): queued in the notification's own
// transaction, only for the kinds worth mailing and only to active recipients with an address;
// the mail worker then delivers them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { outbox } from "@/lib/core/mail/send-mail";
import { deliverDueMail } from "@/lib/core/mail/worker";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { createSecretary, createUnit } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";

const savedUrl = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.MAIL_TRANSPORT = "memory";
  process.env.NEXTAUTH_URL = "https://portal.example.org";
});
afterAll(() => {
  delete process.env.MAIL_TRANSPORT;
  if (savedUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedUrl;
});

const mailTo = (address: string) => outbox.filter((message) => message.to === address);
const queuedFor = (address: string) => db.mailOutbox.findMany({ where: { to: address } });

describe("email copies of notifications", () => {
  it("queues a cancellation for every secretary with an address, and the worker sends it with the reason and a link", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "lead@example.org" });
    await createSecretary(unit.id, { unitRole: "DEPUTY", email: null });
    await createPlan(2031);
    const activity = await createPlanActivity(2031);
    await db.$transaction((tx) =>
      notifyUnit(tx, unit.id, "ACTIVITY_CANCELLED", activity.id, { title: "春季植树", reason: "暴雨预警" }),
    );
    expect(await queuedFor("lead@example.org")).toMatchObject([{ status: "PENDING", attempts: 0 }]);
    expect(mailTo("lead@example.org")).toHaveLength(0); // nothing is sent by the change itself

    expect((await deliverDueMail()).sent).toBeGreaterThanOrEqual(1);
    const [mail] = mailTo("lead@example.org");
    expect(mail?.subject).toContain("春季植树");
    expect(mail?.text).toContain("您报名参加的活动“春季植树”已取消，原因：暴雨预警");
    expect(mail?.text).toContain(`https://portal.example.org/activities/${activity.id}`);
    const [row] = await queuedFor("lead@example.org");
    expect(row).toMatchObject({ status: "SENT", attempts: 1, text: "" });
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it("queues nothing for kinds that only need the inbox (a unit joined)", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "joined@example.org" });
    await db.$transaction((tx) => notifyUnit(tx, unit.id, "ACTIVITY_JOINED", null, { title: "X" }));
    expect(await db.notification.count({ where: { user: { unitId: unit.id } } })).toBe(1);
    expect(await queuedFor("joined@example.org")).toHaveLength(0);
  });

  it("mails the other kinds worth mailing, robust to missing values", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "fix@example.org" });
    await db.$transaction(async (tx) => {
      for (const kind of ["REPORT_NEEDS_FIX", "ACTIVITY_CHANGED", "CLAIM_REASSIGNED"] as const) {
        await notifyUnit(tx, unit.id, kind, null, {});
      }
    });
    await deliverDueMail();
    const texts = mailTo("fix@example.org").map((mail) => mail.text);
    expect(texts).toHaveLength(3);
    expect(texts.join("\n")).toContain("活动“—”的总结报告需要修改：—");
  });

  it("skips deactivated users and queues nothing when mail is not configured", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "gone@example.org", active: false });
    await db.$transaction((tx) => notifyUnit(tx, unit.id, "ACTIVITY_CHANGED", null, { title: "X" }));

    const other = await createUnit();
    await createSecretary(other.id, { email: "off@example.org" });
    delete process.env.MAIL_TRANSPORT;
    try {
      await db.$transaction((tx) => notifyUnit(tx, other.id, "ACTIVITY_CHANGED", null, { title: "X" }));
    } finally {
      process.env.MAIL_TRANSPORT = "memory";
    }
    expect(await queuedFor("gone@example.org")).toHaveLength(0);
    expect(await queuedFor("off@example.org")).toHaveLength(0);
  });

  it("queues nothing for a change that rolled back", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "rollback@example.org" });
    await db
      .$transaction(async (tx) => {
        await notifyUnit(tx, unit.id, "ACTIVITY_CHANGED", null, { title: "X", date: "2026-12-01" });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await queuedFor("rollback@example.org")).toHaveLength(0);
    await deliverDueMail();
    expect(mailTo("rollback@example.org")).toHaveLength(0);
  });
});
