// Email copies of notifications (MAIL_TRANSPORT=memory): sent after the commit, only for the
// kinds worth mailing and only to active recipients with an address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { outbox } from "@/lib/mail/send-mail";
import { emailNotifications } from "@/lib/notifications/deliver";
import { notifyUnit } from "@/lib/notifications/notify";
import { createSecretary, createUnit } from "../../factories";
import { createNotification, createPlan, createPlanItem } from "../../factories/notifications";

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

describe("emailNotifications", () => {
  it("mails a cancellation to every secretary with an address, with the reason and a link", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "lead@example.org" });
    await createSecretary(unit.id, { unitRole: "DEPUTY", email: null });
    await createPlan(2031);
    const activity = await createPlanItem(2031);
    const created: number[] = [];
    await db.$transaction((tx) =>
      notifyUnit(
        tx,
        unit.id,
        "ACTIVITY_CANCELLED",
        activity.id,
        { title: "春季植树", reason: "暴雨预警" },
        created,
      ),
    );
    expect(await emailNotifications(created)).toBe(1);
    const [mail] = mailTo("lead@example.org");
    expect(mail?.subject).toContain("春季植树");
    expect(mail?.text).toContain("您报名参加的活动“春季植树”已取消，原因：暴雨预警");
    expect(mail?.text).toContain(`https://portal.example.org/activities/${activity.id}`);
  });

  it("does not mail kinds that only need the inbox (a unit joined)", async () => {
    const user = await createSecretary((await createUnit()).id, { email: "joined@example.org" });
    const notification = await createNotification(user.id, { kind: "ACTIVITY_JOINED" });
    expect(await emailNotifications([notification.id])).toBe(0);
    expect(mailTo("joined@example.org")).toHaveLength(0);
  });

  it("mails the other kinds worth mailing, robust to missing values", async () => {
    const user = await createSecretary((await createUnit()).id, { email: "fix@example.org" });
    const ids = await Promise.all(
      (["REPORT_NEEDS_FIX", "ACTIVITY_CHANGED", "CLAIM_REASSIGNED"] as const).map(
        async (kind) => (await createNotification(user.id, { kind, values: {} })).id,
      ),
    );
    expect(await emailNotifications(ids)).toBe(3);
    const texts = mailTo("fix@example.org").map((mail) => mail.text);
    expect(texts).toHaveLength(3);
    expect(texts.join("\n")).toContain("活动“—”的总结报告需要修改：—");
  });

  it("skips deactivated users and does nothing when mail is not configured", async () => {
    const inactive = await createSecretary((await createUnit()).id, {
      email: "gone@example.org",
      active: false,
    });
    const a = await createNotification(inactive.id, { kind: "ACTIVITY_CHANGED" });
    expect(await emailNotifications([a.id])).toBe(0);

    const active = await createSecretary((await createUnit()).id, { email: "off@example.org" });
    const b = await createNotification(active.id, { kind: "ACTIVITY_CHANGED" });
    delete process.env.MAIL_TRANSPORT;
    try {
      expect(await emailNotifications([b.id])).toBe(0);
    } finally {
      process.env.MAIL_TRANSPORT = "memory";
    }
    expect(mailTo("gone@example.org")).toHaveLength(0);
    expect(mailTo("off@example.org")).toHaveLength(0);
  });

  it("sends nothing for a change that rolled back (its ids match no rows)", async () => {
    const unit = await createUnit();
    await createSecretary(unit.id, { email: "rollback@example.org" });
    const created: number[] = [];
    await db
      .$transaction(async (tx) => {
        await notifyUnit(tx, unit.id, "ACTIVITY_CHANGED", null, { title: "X", date: "2026-12-01" }, created);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(created).toHaveLength(1);
    expect(await emailNotifications(created)).toBe(0);
    expect(mailTo("rollback@example.org")).toHaveLength(0);
  });
});
