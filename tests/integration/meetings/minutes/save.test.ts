// Saving minutes: every save names the version it was written on; a stale or racing save comes
// back as a conflict with both texts and never overwrites.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { readConflict } from "@/lib/meetings/minutes/conflict";
import { maxMinutesLength } from "@/lib/meetings/minutes/limits";
import { saveMinutes as saveMutation } from "@/lib/meetings/minutes/save-minutes";
import { saveMinutes } from "@/lib/meetings/minutes/actions";
import { createMinutesVersion } from "@/tests/factories/meetings";
import { actorOf, createMinutesSetting, minutesSnapshot } from "@/tests/factories/minutes";
import { actAs, formData } from "@/tests/integration/helpers/session";

describe("saveMinutes", () => {
  it("saves the first version, records who and when, and audits it", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    actAs(hostSecretary);
    const state = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "# 会议纪要\r\n\r\n一、会议议定……", baseVersion: 0 }),
    );
    expect(state).toMatchObject({
      ok: true,
      message: { key: "meetings.minutes.saved" },
      data: { version: 1 },
    });
    const snapshot = await minutesSnapshot(meeting.id);
    expect(snapshot.minutes).toMatchObject({ currentVersion: 1, status: "DRAFT" });
    // Line breaks from the form are stored as LF.
    expect(snapshot.versions).toMatchObject([
      { number: 1, body: "# 会议纪要\n\n一、会议议定……", baseNumber: null, authorId: hostSecretary.id },
    ]);
    expect(await db.auditLog.count({ where: { action: "minutes.save", entityId: String(meeting.id) } })).toBe(
      1,
    );
  });

  it("lets exactly one of two racing saves on the same version win; the other gets both texts", async () => {
    const { meeting, hostSecretary, admin } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, admin.id, "初稿");
    const [first, second] = await Promise.all([
      saveMutation(actorOf(admin), { meetingId: meeting.id, body: "管理员的修改", baseVersion: 1 }),
      saveMutation(actorOf(hostSecretary), { meetingId: meeting.id, body: "书记的修改", baseVersion: 1 }),
    ]);
    const outcomes = [first, second];
    const saved = outcomes.filter((outcome) => outcome.kind === "saved");
    const conflicts = outcomes.flatMap((outcome) => (outcome.kind === "conflict" ? [outcome.conflict] : []));
    expect(saved).toEqual([{ kind: "saved", version: 2 }]);
    expect(conflicts).toHaveLength(1);
    const winnerText = first.kind === "saved" ? "管理员的修改" : "书记的修改";
    const loserText = first.kind === "saved" ? "书记的修改" : "管理员的修改";
    const winner = first.kind === "saved" ? admin : hostSecretary;
    expect(conflicts[0]).toMatchObject({
      yourText: loserText,
      theirText: winnerText,
      theirVersion: 2,
      theirAuthor: winner.name,
    });
    expect(Date.parse(conflicts[0]!.theirSavedAt)).not.toBeNaN();
    const snapshot = await minutesSnapshot(meeting.id);
    expect(snapshot.minutes?.currentVersion).toBe(2);
    expect(snapshot.versions.map((version) => version.body)).toEqual(["初稿", winnerText]);
  });

  it("races two first saves through the action (two tabs): one creates version 1, the other conflicts", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    actAs(hostSecretary);
    const states = await Promise.all(
      ["第一个标签页", "第二个标签页"].map((body) =>
        saveMinutes(initialFormState, formData({ meetingId: meeting.id, body, baseVersion: 0 })),
      ),
    );
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    const refused = states.find((state) => !state.ok)!;
    expect(refused.message?.key).toBe("meetings.minutes.errors.conflict");
    const conflict = readConflict(refused);
    const stored = await db.minutesVersion.findMany({ where: { meetingId: meeting.id } });
    expect(stored).toHaveLength(1);
    expect(conflict).toMatchObject({ theirVersion: 1, theirText: stored[0]!.body });
    expect(conflict?.yourText).not.toBe(stored[0]!.body);
  });

  it("refuses a save based on an old version and keeps the stored text", async () => {
    const { meeting, hostSecretary, admin } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, admin.id, "第一版");
    await createMinutesVersion(meeting.id, admin.id, "第二版");
    const before = await minutesSnapshot(meeting.id);
    actAs(hostSecretary);
    const state = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "基于第一版的修改", baseVersion: 1 }),
    );
    expect(state.ok).toBe(false);
    expect(readConflict(state)).toMatchObject({
      yourText: "基于第一版的修改",
      theirText: "第二版",
      theirVersion: 2,
    });
    expect(await minutesSnapshot(meeting.id)).toEqual(before);
  });

  it("treats a save identical to the current text as a no-op", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, hostSecretary.id, "不变的纪要\n");
    const before = await minutesSnapshot(meeting.id);
    actAs(hostSecretary);
    const state = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "不变的纪要\r\n", baseVersion: 1 }),
    );
    expect(state).toMatchObject({
      ok: true,
      message: { key: "meetings.minutes.unchanged" },
      data: { version: 1 },
    });
    expect(await minutesSnapshot(meeting.id)).toEqual(before);
  });

  it("refuses a 5 MB text with a field error and stores nothing", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    actAs(hostSecretary);
    const state = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "纪".repeat(5 * 1024 * 1024), baseVersion: 0 }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.body).toEqual([
      { key: "core.validation.tooLong", values: { maximum: maxMinutesLength } },
    ]);
    expect(await minutesSnapshot(meeting.id)).toMatchObject({ minutes: null, versions: [] });
  });

  it("refuses blank text and a meeting that was cancelled", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    actAs(hostSecretary);
    const blank = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "  \n ", baseVersion: 0 }),
    );
    expect(blank.fieldErrors?.body).toEqual([{ key: "core.validation.required" }]);
    const cancelled = await createMinutesSetting({ status: "CANCELLED", cancelReason: "延期" });
    actAs(cancelled.admin);
    const state = await saveMinutes(
      initialFormState,
      formData({ meetingId: cancelled.meeting.id, body: "纪要", baseVersion: 0 }),
    );
    expect(state.message?.key).toBe("meetings.minutes.errors.meetingCancelled");
    expect(await minutesSnapshot(cancelled.meeting.id)).toMatchObject({ minutes: null, versions: [] });
  });

  it("refuses writers other than admins and the host unit's secretaries", async () => {
    const { meeting, guestSecretary } = await createMinutesSetting();
    actAs(guestSecretary);
    const state = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "越权", baseVersion: 0 }),
    );
    expect(state.message?.key).toBe("core.errors.forbidden");
    expect(await minutesSnapshot(meeting.id)).toMatchObject({ minutes: null, versions: [] });
  });

  it("deletes the writer's draft once the text is saved", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    await db.minutesDraft.create({
      data: { meetingId: meeting.id, userId: hostSecretary.id, body: "草稿", baseNumber: 0 },
    });
    actAs(hostSecretary);
    await saveMinutes(initialFormState, formData({ meetingId: meeting.id, body: "草稿", baseVersion: 0 }));
    expect(await db.minutesDraft.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});
