// The inbox: listing newest first, unread count, marking one's own notifications read (and
// nobody else's), and notifyUnit's fan-out to a unit's active secretaries.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { markAllRead, markRead } from "@/lib/core/notifications/actions";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { countUnreadNotifications, INBOX_PAGE_SIZE, listInbox } from "@/lib/core/notifications/queries";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createNotification } from "@/tests/factories/notifications";
import { actAs, formData } from "@/tests/integration/helpers/session";

let me: Awaited<ReturnType<typeof createSecretary>>;
let other: Awaited<ReturnType<typeof createSecretary>>;

beforeEach(async () => {
  me = await createSecretary((await createUnit()).id);
  other = await createSecretary((await createUnit()).id);
});

const readAtOf = async (id: number) =>
  (await db.notification.findUniqueOrThrow({ where: { id }, select: { readAt: true } })).readAt;

describe("listInbox and countUnreadNotifications", () => {
  it("lists only the user's notifications, newest first, and counts the unread ones", async () => {
    const old = await createNotification(me.id, { readAt: new Date() });
    const middle = await createNotification(me.id, { kind: "CLAIM_CONFIRMED" });
    const newest = await createNotification(me.id, { kind: "REPORT_NEEDS_FIX" });
    await createNotification(other.id);
    const inbox = await listInbox(me.id, 1);
    expect(inbox.items.map((item) => item.id)).toEqual([newest.id, middle.id, old.id]);
    expect(inbox.total).toBe(3);
    expect(await countUnreadNotifications(me.id)).toBe(2);
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });

  it("pages by 50", async () => {
    await db.notification.createMany({
      data: Array.from({ length: INBOX_PAGE_SIZE + 3 }, () => ({
        userId: me.id,
        kind: "ACTIVITY_JOINED" as const,
      })),
    });
    const first = await listInbox(me.id, 1);
    const second = await listInbox(me.id, 2);
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE);
    expect(second.items).toHaveLength(3);
    expect(first.pages).toBe(2);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(INBOX_PAGE_SIZE + 3);
  });
});

describe("markRead", () => {
  it("marks one of the actor's notifications read, and a second click is harmless", async () => {
    const notification = await createNotification(me.id);
    actAs(me);
    expect((await markRead(initialFormState, formData({ id: notification.id }))).ok).toBe(true);
    const firstReadAt = await readAtOf(notification.id);
    expect(firstReadAt).not.toBeNull();
    expect((await markRead(initialFormState, formData({ id: notification.id }))).ok).toBe(true);
    expect(await readAtOf(notification.id)).toEqual(firstReadAt);
    expect(await countUnreadNotifications(me.id)).toBe(0);
  });

  it("refuses a forged id of someone else's notification and leaves it unread", async () => {
    const theirs = await createNotification(other.id);
    actAs(me);
    const state = await markRead(initialFormState, formData({ id: theirs.id }));
    expect(state.ok).toBe(false);
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect(await readAtOf(theirs.id)).toBeNull();
  });

  it("refuses ids that do not exist or are not ids", async () => {
    actAs(me);
    expect((await markRead(initialFormState, formData({ id: 2_000_000_000 }))).message?.key).toBe(
      "core.errors.forbidden",
    );
    expect((await markRead(initialFormState, formData({ id: "1 OR 1=1" }))).ok).toBe(false);
  });

  it("refuses admins (they have no inbox) and anonymous callers", async () => {
    const notification = await createNotification(me.id);
    actAs(await createAdmin());
    expect((await markRead(initialFormState, formData({ id: notification.id }))).message?.key).toBe(
      "core.errors.forbidden",
    );
    actAs(null);
    expect((await markRead(initialFormState, formData({ id: notification.id }))).message?.key).toBe(
      "core.errors.signInRequired",
    );
    expect(await readAtOf(notification.id)).toBeNull();
  });
});

describe("markAllRead", () => {
  it("marks all of the actor's unread notifications read and nobody else's", async () => {
    await createNotification(me.id);
    await createNotification(me.id);
    const theirs = await createNotification(other.id);
    actAs(me);
    const state = await markAllRead(initialFormState, formData({}));
    expect(state).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await countUnreadNotifications(me.id)).toBe(0);
    expect(await readAtOf(theirs.id)).toBeNull();
  });
});

describe("notifyUnit", () => {
  it("notifies the unit's active primary and deputy secretaries only, and reports the new ids", async () => {
    const unit = await createUnit();
    const primary = await createSecretary(unit.id);
    const deputy = await createSecretary(unit.id, { unitRole: "DEPUTY" });
    const inactive = await createSecretary(unit.id, { unitRole: "DEPUTY", active: false });
    const elsewhere = await createSecretary((await createUnit()).id);
    const created: number[] = [];
    const count = await db.$transaction((tx) =>
      notifyUnit(tx, unit.id, "CLAIM_CONFIRMED", null, { title: "春季植树" }, created),
    );
    expect(count).toBe(2);
    const rows = await db.notification.findMany({
      where: { id: { in: created } },
      orderBy: { userId: "asc" },
    });
    expect(rows.map((row) => row.userId)).toEqual([primary.id, deputy.id].sort((a, b) => a - b));
    expect(rows.every((row) => row.kind === "CLAIM_CONFIRMED" && row.readAt === null)).toBe(true);
    expect(rows[0]?.values).toEqual({ title: "春季植树" });
    expect(await countUnreadNotifications(inactive.id)).toBe(0);
    expect(await countUnreadNotifications(elsewhere.id)).toBe(0);
  });

  it("writes nothing when the transaction rolls back", async () => {
    const unit = await createUnit();
    const secretary = await createSecretary(unit.id);
    await expect(
      db.$transaction(async (tx) => {
        await notifyUnit(tx, unit.id, "CLAIM_CONFIRMED", null, { title: "回滚" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await countUnreadNotifications(secretary.id)).toBe(0);
  });
});
