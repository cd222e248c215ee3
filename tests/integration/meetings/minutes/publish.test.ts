// Publishing: admins only, at least one version, public only on a public meeting; afterwards the
// minutes are read-only (saves, restores and drafts refused, nothing changed), errata only then.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import {
  addMinutesErratum,
  autosaveMinutesDraft,
  publishMinutes,
  restoreMinutesVersion,
  saveMinutes,
} from "@/lib/meetings/minutes/actions";
import { publishMinutes as publishMutation } from "@/lib/meetings/minutes/publish-minutes";
import { getPublishedMinutes } from "@/lib/meetings/minutes/queries";
import { saveMinutes as saveMutation } from "@/lib/meetings/minutes/save-minutes";
import { createMinutesVersion } from "@/tests/factories/meetings";
import { actorOf, createMinutesSetting, minutesSnapshot } from "@/tests/factories/minutes";
import { actAs, formData } from "@/tests/integration/helpers/session";

async function publishedSetting(isPublic = false, visibility: "MEMBERS" | "PUBLIC" = "MEMBERS") {
  const setting = await createMinutesSetting({ isPublic });
  await createMinutesVersion(setting.meeting.id, setting.hostSecretary.id, "# 纪要\n\n第一版");
  await createMinutesVersion(setting.meeting.id, setting.admin.id, "# 纪要\n\n第二版");
  actAs(setting.admin);
  const state = await publishMinutes(
    initialFormState,
    formData({ meetingId: setting.meeting.id, visibility, baseVersion: 2 }),
  );
  expect(state).toMatchObject({ ok: true, message: { key: "meetings.minutes.published" } });
  return setting;
}

describe("publishMinutes", () => {
  it("publishes the current version, notifies the invited units and audits it", async () => {
    const { meeting, admin, hostSecretary, guestSecretary } = await publishedSetting();
    const minutes = await db.meetingMinutes.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    expect(minutes).toMatchObject({ status: "PUBLISHED", visibility: "MEMBERS", publishedById: admin.id });
    expect(minutes.publishedAt).toBeInstanceOf(Date);
    const notes = await db.notification.findMany({
      where: { meetingId: meeting.id, kind: "MINUTES_PUBLISHED" },
    });
    expect(notes.map((note) => note.userId).sort()).toEqual([hostSecretary.id, guestSecretary.id].sort());
    expect(
      await db.auditLog.count({ where: { action: "minutes.publish", entityId: String(meeting.id) } }),
    ).toBe(1);
  });

  it("is for admins only, needs a version, and public minutes need a public meeting", async () => {
    const { meeting, hostSecretary, admin } = await createMinutesSetting();
    actAs(admin);
    const empty = await publishMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, visibility: "MEMBERS", baseVersion: 0 }),
    );
    expect(empty.message?.key).toBe("meetings.minutes.errors.nothingToPublish");
    await createMinutesVersion(meeting.id, hostSecretary.id, "纪要");
    const before = await minutesSnapshot(meeting.id);
    const publicOnPrivate = await publishMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, visibility: "PUBLIC", baseVersion: 1 }),
    );
    expect(publicOnPrivate.fieldErrors?.visibility).toEqual([
      { key: "meetings.minutes.errors.publicNeedsPublicMeeting" },
    ]);
    const stale = await publishMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, visibility: "MEMBERS", baseVersion: 0 }),
    );
    expect(stale.message?.key).toBe("meetings.minutes.errors.publishStale");
    actAs(hostSecretary);
    const bySecretary = await publishMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, visibility: "MEMBERS", baseVersion: 1 }),
    );
    expect(bySecretary.message?.key).toBe("core.errors.forbidden");
    expect(await minutesSnapshot(meeting.id)).toEqual(before);
  });

  it("makes the minutes read-only: save, restore, draft and a second publish are refused, nothing changes", async () => {
    const { meeting, hostSecretary, admin } = await publishedSetting();
    const before = await minutesSnapshot(meeting.id);
    actAs(hostSecretary);
    const save = await saveMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, body: "发布后修改", baseVersion: 2 }),
    );
    const restore = await restoreMinutesVersion(
      initialFormState,
      formData({ meetingId: meeting.id, number: 1, baseVersion: 2 }),
    );
    const draft = await autosaveMinutesDraft(
      initialFormState,
      formData({ meetingId: meeting.id, body: "草稿", baseVersion: 2 }),
    );
    for (const state of [save, restore, draft]) {
      expect(state).toMatchObject({ ok: false, message: { key: "meetings.minutes.errors.published" } });
    }
    actAs(admin);
    const again = await publishMinutes(
      initialFormState,
      formData({ meetingId: meeting.id, visibility: "MEMBERS", baseVersion: 2 }),
    );
    expect(again.message?.key).toBe("meetings.minutes.errors.alreadyPublished");
    expect(await minutesSnapshot(meeting.id)).toEqual(before);
  });
});

describe("publishing while someone saves", () => {
  it("lets exactly one of a racing save and publish through; the other is refused", async () => {
    const { meeting, hostSecretary, admin } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, hostSecretary.id, "第一版");
    const [saved, published] = await Promise.all([
      saveMutation(actorOf(hostSecretary), {
        meetingId: meeting.id,
        body: "最后一刻的修改",
        baseVersion: 1,
      }).catch((error: { key?: string }) => error.key),
      publishMutation(actorOf(admin), { meetingId: meeting.id, visibility: "MEMBERS", baseVersion: 1 }).then(
        () => "published",
        (error: { key?: string }) => error.key,
      ),
    ]);
    const minutes = await db.meetingMinutes.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    if (published === "published") {
      // Publish went first: the save was refused and the published text is version 1.
      expect(saved).toBe("meetings.minutes.errors.published");
      expect(minutes).toMatchObject({ status: "PUBLISHED", currentVersion: 1 });
    } else {
      // The save went first: publishing text the admin had not seen was refused.
      expect(published).toBe("meetings.minutes.errors.publishStale");
      expect(saved).toEqual({ kind: "saved", version: 2 });
      expect(minutes).toMatchObject({ status: "DRAFT", currentVersion: 2 });
    }
  });
});

describe("addMinutesErratum", () => {
  it("is refused before publishing and appended with its author after", async () => {
    const { meeting, hostSecretary } = await createMinutesSetting();
    await createMinutesVersion(meeting.id, hostSecretary.id, "纪要");
    actAs(hostSecretary);
    const early = await addMinutesErratum(
      initialFormState,
      formData({ meetingId: meeting.id, body: "更正" }),
    );
    expect(early.message?.key).toBe("meetings.minutes.errors.erratumBeforePublish");
    expect(await db.minutesErratum.count({ where: { meetingId: meeting.id } })).toBe(0);

    const published = await publishedSetting();
    actAs(published.hostSecretary);
    const blank = await addMinutesErratum(
      initialFormState,
      formData({ meetingId: published.meeting.id, body: "  " }),
    );
    expect(blank.fieldErrors?.body).toEqual([{ key: "core.validation.required" }]);
    const tooLong = await addMinutesErratum(
      initialFormState,
      formData({ meetingId: published.meeting.id, body: "长".repeat(20_001) }),
    );
    expect(tooLong.fieldErrors?.body).toEqual([
      { key: "core.validation.tooLong", values: { maximum: 20_000 } },
    ]);
    const state = await addMinutesErratum(
      initialFormState,
      formData({ meetingId: published.meeting.id, body: "第二条中“三月”应为“四月”。" }),
    );
    expect(state).toMatchObject({ ok: true, message: { key: "meetings.minutes.erratumAdded" } });
    const view = await getPublishedMinutes(published.meeting.id, actorOf(published.guestSecretary));
    expect(view?.errata).toMatchObject([
      { body: "第二条中“三月”应为“四月”。", author: { name: published.hostSecretary.name } },
    ]);
    actAs(published.guestSecretary);
    const outsider = await addMinutesErratum(
      initialFormState,
      formData({ meetingId: published.meeting.id, body: "越权" }),
    );
    expect(outsider.message?.key).toBe("core.errors.forbidden");
    expect(await db.minutesErratum.count({ where: { meetingId: published.meeting.id } })).toBe(1);
  });
});

describe("getPublishedMinutes", () => {
  it("shows nothing before publishing", async () => {
    const { meeting, admin } = await createMinutesSetting({ isPublic: true });
    await createMinutesVersion(meeting.id, admin.id, "纪要");
    expect(await getPublishedMinutes(meeting.id, actorOf(admin))).toBeNull();
  });

  it("shows members-only minutes to members, not to visitors", async () => {
    const { meeting, guestSecretary } = await publishedSetting(true, "MEMBERS");
    expect(await getPublishedMinutes(meeting.id, actorOf(guestSecretary))).toMatchObject({
      body: "# 纪要\n\n第二版",
      version: 2,
      visibility: "MEMBERS",
    });
    expect(await getPublishedMinutes(meeting.id, null)).toBeNull();
  });

  it("shows public minutes of a public meeting to visitors", async () => {
    const { meeting } = await publishedSetting(true, "PUBLIC");
    expect(await getPublishedMinutes(meeting.id, null)).toMatchObject({
      body: "# 纪要\n\n第二版",
      visibility: "PUBLIC",
    });
  });

  it("hides public minutes from visitors if the meeting was made members-only later", async () => {
    const { meeting } = await publishedSetting(true, "PUBLIC");
    await db.meeting.update({ where: { id: meeting.id }, data: { isPublic: false } });
    expect(await getPublishedMinutes(meeting.id, null)).toBeNull();
  });
});
