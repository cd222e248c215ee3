// Opening an inbox message (/my/inbox/<id>): marks it read for its owner only and goes to its
// subject, chosen from the stored record.
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(member)/my/inbox/[id]/route";
import { db } from "@/lib/core/db";
import { openNotification } from "@/lib/core/notifications/open-notification";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createNotification, createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { actAs } from "@/tests/integration/helpers/session";

let me: Awaited<ReturnType<typeof createSecretary>>;
let other: Awaited<ReturnType<typeof createSecretary>>;

beforeEach(async () => {
  me = await createSecretary((await createUnit()).id);
  other = await createSecretary((await createUnit()).id);
  await createPlan(2035);
});

const readAtOf = async (id: number) =>
  (await db.notification.findUniqueOrThrow({ where: { id }, select: { readAt: true } })).readAt;

const open = (id: number | string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://test/my/inbox/${id}`, { headers }), {
    params: Promise.resolve({ id: String(id) }),
  });

describe("opening an inbox message", () => {
  it("marks the owner's message read and redirects to its activity", async () => {
    const activity = await createPlanActivity(2035, { leadUnitId: other.unitId! });
    const note = await createNotification(me.id, { kind: "ACTIVITY_CANCELLED", activityId: activity.id });
    actAs(me);
    const response = await open(note.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/activities/${activity.id}`);
    expect(await readAtOf(note.id)).toBeInstanceOf(Date);
  });

  it("takes the lead unit to its own page, and to the report form for a fix request", async () => {
    const activity = await createPlanActivity(2035, { leadUnitId: me.unitId! });
    const joined = await createNotification(me.id, { kind: "ACTIVITY_JOINED", activityId: activity.id });
    const fix = await createNotification(me.id, { kind: "REPORT_NEEDS_FIX", activityId: activity.id });
    expect(await openNotification(me.id, joined.id)).toEqual({ path: `/my/activities/${activity.id}` });
    expect(await openNotification(me.id, fix.id)).toEqual({ path: `/my/activities/${activity.id}/report` });
  });

  it("answers not found for another user's message and leaves it unread", async () => {
    const theirs = await createNotification(other.id);
    actAs(me);
    expect((await open(theirs.id)).status).toBe(404);
    expect(await openNotification(me.id, theirs.id)).toBeNull();
    expect(await readAtOf(theirs.id)).toBeNull();
  });

  it("answers not found for an admin, a garbage id and an unknown id", async () => {
    const mine = await createNotification(me.id);
    actAs(await createAdmin());
    expect((await open(mine.id)).status).toBe(404);
    actAs(me);
    expect((await open("1;drop")).status).toBe(404);
    expect((await open(99_999_999)).status).toBe(404);
    expect(await readAtOf(mine.id)).toBeNull();
  });

  it("sends a visitor to sign in first and marks nothing", async () => {
    const mine = await createNotification(me.id);
    actAs(null);
    const response = await open(mine.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/login?callbackUrl=${encodeURIComponent(`/my/inbox/${mine.id}`)}`,
    );
    expect(await readAtOf(mine.id)).toBeNull();
  });

  it("ignores prefetches, and keeps an already read message's first read time", async () => {
    const mine = await createNotification(me.id);
    actAs(me);
    expect((await open(mine.id, { "next-router-prefetch": "1" })).status).toBe(204);
    expect(await readAtOf(mine.id)).toBeNull();
    const earlier = new Date("2030-01-01T00:00:00Z");
    await db.notification.update({ where: { id: mine.id }, data: { readAt: earlier } });
    await open(mine.id);
    expect(await readAtOf(mine.id)).toEqual(earlier);
  });

  it("goes back to the inbox when the message's subject is gone", async () => {
    const orphan = await createNotification(me.id, { kind: "ACTIVITY_CANCELLED", activityId: null });
    actAs(me);
    const response = await open(orphan.id);
    expect(response.headers.get("location")).toBe("/my/inbox");
    expect(await readAtOf(orphan.id)).toBeInstanceOf(Date);
  });
});
