// Which activity or meeting a record may link to, enforced at submit (lib/activities/commitments/rules.ts).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { createMyCommitmentRecord } from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createSecretary, createUnit } from "@/tests/factories";
import {
  createJoinedActivity,
  createLedActivity,
  createPlanYear,
  createCommunity,
} from "@/tests/factories/commitments";
import { recordAttendanceRow } from "@/tests/factories/attendance";
import { createMeeting } from "@/tests/factories/meetings";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2026;

async function signedInSecretary() {
  await createPlanYear(year);
  const unit = await createUnit();
  actAs(await createSecretary(unit.id));
  return unit;
}

async function submit(commitment: string, link: string) {
  const community = commitment === "LIVELIHOOD" ? (await createCommunity()).id : "";
  return createMyCommitmentRecord(
    initialFormState,
    formData({
      commitment,
      title: "证据测试",
      description: "说明",
      occurredOn: `${year}-06-02`,
      link,
      communityId: community,
      roster: commitment === "BACKBONE_TEAM" ? "张三" : "",
    }),
  );
}

const refusedWith = (key: string) => ({ ok: false, fieldErrors: { link: [{ key }] } });

describe("evidence links", () => {
  it("counts an activity the unit led for the activity's own commitment only", async () => {
    const unit = await signedInSecretary();
    const led = await createLedActivity(unit.id, year, "CULTURE_SPORTS", "REPORTED");
    const state = await submit("CULTURE_SPORTS", `activity:${led.id}`);
    expect(state.ok).toBe(true);
    expect(
      await db.commitmentRecord.findUniqueOrThrow({ where: { id: Number(state.data!.id) } }),
    ).toMatchObject({
      activityId: led.id,
      meetingId: null,
    });
    expect(await submit("YOUTH_PROJECT", `activity:${led.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkOtherCommitment"),
    );
  });

  it("counts joining another unit's activity for a livelihood matter but not for hosting a cultural activity", async () => {
    const unit = await signedInSecretary();
    const livelihood = await createJoinedActivity(unit.id, year, "LIVELIHOOD");
    const culture = await createJoinedActivity(unit.id, year, "CULTURE_SPORTS");
    expect((await submit("LIVELIHOOD", `activity:${livelihood.id}`)).ok).toBe(true);
    expect(await submit("CULTURE_SPORTS", `activity:${culture.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkLeadOnly"),
    );
  });

  it("refuses an activity the unit neither led nor joined, one not yet held, and one of another year", async () => {
    const unit = await signedInSecretary();
    const stranger = await createLedActivity((await createUnit()).id, year, "STUDY_EXCHANGE", "REPORTED");
    expect(await submit("STUDY_EXCHANGE", `activity:${stranger.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkNotOurs"),
    );
    const open = await createLedActivity(unit.id, year, "STUDY_EXCHANGE", "OPEN");
    expect(await submit("STUDY_EXCHANGE", `activity:${open.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkNotHeld"),
    );
    await createPlanYear(year - 1);
    const old = await createLedActivity(unit.id, year - 1, "STUDY_EXCHANGE", "REPORTED");
    expect(await submit("STUDY_EXCHANGE", `activity:${old.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkOtherYear"),
    );
    expect(await submit("STUDY_EXCHANGE", "activity:2000000000")).toMatchObject(
      refusedWith("activities.commitments.linkNotOurs"),
    );
    expect(await db.commitmentRecord.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("counts a joint meeting the unit attended for a study exchange only", async () => {
    const unit = await signedInSecretary();
    const startsAt = new Date(`${year}-03-10T02:00:00Z`);
    const attended = await createMeeting({ invite: [unit.id], startsAt, endsAt: null, status: "HELD" });
    await recordAttendanceRow(attended.id, unit.id, "DELEGATE");
    const missed = await createMeeting({ invite: [unit.id], startsAt, endsAt: null, status: "HELD" });
    await recordAttendanceRow(missed.id, unit.id, "ABSENT");

    expect((await submit("STUDY_EXCHANGE", `meeting:${attended.id}`)).ok).toBe(true);
    expect(await submit("BACKBONE_TEAM", `meeting:${attended.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkMeetingNotCounted"),
    );
    expect(await submit("STUDY_EXCHANGE", `meeting:${missed.id}`)).toMatchObject(
      refusedWith("activities.commitments.linkNotAttended"),
    );
  });

  it("refuses a link that is neither an activity nor a meeting, and the database refuses both at once", async () => {
    const unit = await signedInSecretary();
    expect((await submit("STUDY_EXCHANGE", "unit:1")).fieldErrors?.link).toEqual([
      { key: "core.validation.choice" },
    ]);
    const led = await createLedActivity(unit.id, year, "STUDY_EXCHANGE", "REPORTED");
    const meeting = await createMeeting({ startsAt: new Date(`${year}-03-10T02:00:00Z`), endsAt: null });
    const state = await submit("STUDY_EXCHANGE", `activity:${led.id}`);
    await expect(
      db.commitmentRecord.update({ where: { id: Number(state.data!.id) }, data: { meetingId: meeting.id } }),
    ).rejects.toThrow(/one_link_check/);
  });
});
