// Restoring an old version makes a new one; drafts autosave per writer.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { autosaveMinutesDraft, restoreMinutesVersion } from "@/lib/meetings/minutes/actions";
import { createMinutesVersion } from "@/tests/factories/meetings";
import { createMinutesSetting, minutesSnapshot } from "@/tests/factories/minutes";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("restoreMinutesVersion", () => {
  it("creates a new version with the old text and remembers where it came from", async () => {
    const { meeting, hostSecretary, admin } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, admin.id, "原文");
    await createMinutesVersion(meeting.id, admin.id, "改坏了");
    actAs(hostSecretary);
    const state = await restoreMinutesVersion(
      initialFormState,
      formData({ meetingId: meeting.id, number: 1, baseVersion: 2 }),
    );
    expect(state).toMatchObject({
      ok: true,
      message: { key: "meetings.minutes.restored" },
      data: { version: 3 },
    });
    const snapshot = await minutesSnapshot(meeting.id);
    expect(snapshot.minutes?.currentVersion).toBe(3);
    expect(snapshot.versions.at(-1)).toMatchObject({
      number: 3,
      body: "原文",
      restoredFrom: 1,
      baseNumber: 2,
      authorId: hostSecretary.id,
    });
    expect(
      await db.auditLog.count({ where: { action: "minutes.restore", entityId: String(meeting.id) } }),
    ).toBe(1);
  });

  it("refuses a stale page, an unknown version, and outsiders, changing nothing", async () => {
    const { meeting, guestSecretary, admin } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, admin.id, "一");
    await createMinutesVersion(meeting.id, admin.id, "二");
    const before = await minutesSnapshot(meeting.id);
    actAs(admin);
    const stale = await restoreMinutesVersion(
      initialFormState,
      formData({ meetingId: meeting.id, number: 1, baseVersion: 1 }),
    );
    expect(stale.message?.key).toBe("meetings.minutes.errors.restoreStale");
    const unknown = await restoreMinutesVersion(
      initialFormState,
      formData({ meetingId: meeting.id, number: 9, baseVersion: 2 }),
    );
    expect(unknown.message?.key).toBe("meetings.minutes.errors.versionNotFound");
    const current = await restoreMinutesVersion(
      initialFormState,
      formData({ meetingId: meeting.id, number: 2, baseVersion: 2 }),
    );
    expect(current).toMatchObject({ ok: true, message: { key: "meetings.minutes.unchanged" } });
    actAs(guestSecretary);
    const outsider = await restoreMinutesVersion(
      initialFormState,
      formData({ meetingId: meeting.id, number: 1, baseVersion: 2 }),
    );
    expect(outsider.message?.key).toBe("core.errors.forbidden");
    expect(await minutesSnapshot(meeting.id)).toEqual(before);
  });
});

describe("autosaveMinutesDraft", () => {
  it("keeps one draft per writer, audited once when it starts", async () => {
    const { meeting, hostSecretary, admin } = await createMinutesSetting();
    actAs(hostSecretary);
    const first = await autosaveMinutesDraft(
      initialFormState,
      formData({ meetingId: meeting.id, body: "草", baseVersion: 0 }),
    );
    expect(first).toMatchObject({ ok: true, message: { key: "meetings.minutes.draftSaved" } });
    expect(Date.parse(String(first.data?.savedAt))).not.toBeNaN();
    await autosaveMinutesDraft(
      initialFormState,
      formData({ meetingId: meeting.id, body: "草稿", baseVersion: 0 }),
    );
    actAs(admin);
    await autosaveMinutesDraft(
      initialFormState,
      formData({ meetingId: meeting.id, body: "另一份", baseVersion: 0 }),
    );
    const drafts = await db.minutesDraft.findMany({
      where: { meetingId: meeting.id },
      orderBy: { userId: "asc" },
    });
    expect(drafts.map((draft) => [draft.userId, draft.body])).toEqual(
      [
        [hostSecretary.id, "草稿"],
        [admin.id, "另一份"],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(await db.auditLog.count({ where: { action: "minutes.startDraft" } })).toBe(2);
    // Drafts are not versions.
    expect(await db.minutesVersion.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("refuses outsiders and a base version that does not exist", async () => {
    const { meeting, guestSecretary, admin } = await createMinutesSetting();
    actAs(guestSecretary);
    const outsider = await autosaveMinutesDraft(
      initialFormState,
      formData({ meetingId: meeting.id, body: "草稿", baseVersion: 0 }),
    );
    expect(outsider.message?.key).toBe("core.errors.forbidden");
    actAs(admin);
    const future = await autosaveMinutesDraft(
      initialFormState,
      formData({ meetingId: meeting.id, body: "草稿", baseVersion: 5 }),
    );
    expect(future.message?.key).toBe("meetings.minutes.errors.unknownBase");
    expect(await db.minutesDraft.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});
