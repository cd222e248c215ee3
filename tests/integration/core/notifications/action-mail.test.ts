// Every server action queues email copies of the notifications it created, with its own
// transaction; the mail worker sends them afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initialFormState } from "@/lib/core/forms/form-state";
import { db } from "@/lib/core/db";
import { outbox } from "@/lib/core/mail/send-mail";
import { deliverDueMail } from "@/lib/core/mail/worker";
import { cancelActivity } from "@/lib/activities/reports/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { createLedActivity, joinUnit } from "@/tests/factories/reports";
import { actAs, formData } from "@/tests/integration/helpers/session";

beforeAll(() => {
  process.env.MAIL_TRANSPORT = "memory";
});
afterAll(() => {
  delete process.env.MAIL_TRANSPORT;
});

describe("email copies of notifications from server actions", () => {
  it("queues a cancellation for the joined unit's secretary, which the worker then sends", async () => {
    const lead = await createUnit();
    const leadSecretary = await createSecretary(lead.id);
    const member = await createUnit();
    const address = `member-${member.id}@example.org`;
    await createSecretary(member.id, { email: address });
    const activity = await createLedActivity(lead.id, "OPEN");
    await joinUnit(activity.id, member.id);

    actAs(leadSecretary);
    const state = await cancelActivity(
      initialFormState,
      formData({ activityId: activity.id, version: activity.version, reason: "暴雨预警" }),
    );
    expect(state.ok).toBe(true);
    expect(await db.mailOutbox.count({ where: { to: address, status: "PENDING" } })).toBe(1);
    await deliverDueMail();
    const mails = outbox.filter((message) => message.to === address);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("暴雨预警");
  });

  it("mails nothing when the action is refused", async () => {
    const lead = await createUnit();
    const member = await createUnit();
    const address = `refused-${member.id}@example.org`;
    const outsider = await createSecretary((await createUnit()).id);
    await createSecretary(member.id, { email: address });
    const activity = await createLedActivity(lead.id, "OPEN");
    await joinUnit(activity.id, member.id);

    actAs(outsider);
    const state = await cancelActivity(
      initialFormState,
      formData({ activityId: activity.id, version: activity.version, reason: "不是我的活动" }),
    );
    expect(state.ok).toBe(false);
    expect(await db.mailOutbox.count({ where: { to: address } })).toBe(0);
    await deliverDueMail();
    expect(outbox.filter((message) => message.to === address)).toHaveLength(0);
  });
});
