// What /my, /admin/decisions and the meeting page list, and in which order.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import {
  areDecisionsPublic,
  getMeetingDecisions,
  listDecisionsForAdmin,
  listUnitOpenDecisions,
} from "@/lib/meetings/decisions/queries";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createDecision, createDecisionUpdate, dayFromToday } from "@/tests/factories/decisions";
import { createMeeting, createMinutesVersion } from "@/tests/factories/meetings";

let owner: { id: number };
let other: { id: number };
let meeting: { id: number; title: string };

beforeEach(async () => {
  owner = await createUnit();
  other = await createUnit();
  meeting = await createMeeting({ startsInHours: -72 });
});

describe("a unit's open decisions (/my)", () => {
  it("lists only its open and in-progress decisions, overdue first, then by due date", async () => {
    const later = await createDecision(meeting.id, owner.id, { dueOn: dayFromToday(20) });
    const soon = await createDecision(meeting.id, owner.id, {
      dueOn: dayFromToday(0),
      status: "IN_PROGRESS",
    });
    const late = await createDecision(meeting.id, owner.id, { dueOn: dayFromToday(-2) });
    const veryLate = await createDecision(meeting.id, owner.id, {
      dueOn: dayFromToday(-9),
      status: "IN_PROGRESS",
    });
    await createDecision(meeting.id, owner.id, { dueOn: dayFromToday(-30), status: "DONE" });
    await createDecision(meeting.id, owner.id, { dueOn: dayFromToday(-30), status: "DROPPED" });
    await createDecision(meeting.id, other.id, { dueOn: dayFromToday(-30) });
    const rows = await listUnitOpenDecisions(owner.id);
    expect(rows.map((row) => row.id)).toEqual([veryLate.id, late.id, soon.id, later.id]);
    expect(rows[0]!.meeting).toMatchObject({ id: meeting.id, title: meeting.title });
  });

  it("carries the latest note of each decision", async () => {
    const decision = await createDecision(meeting.id, owner.id);
    const secretary = await createSecretary(owner.id);
    await createDecisionUpdate(decision.id, secretary.id);
    const [row] = await listUnitOpenDecisions(owner.id);
    expect(row!.updates).toEqual([expect.objectContaining({ note: "已启动" })]);
    expect(row!.status).toBe("IN_PROGRESS");
  });
});

describe("all decisions (/admin/decisions)", () => {
  it("shows open decisions by default, overdue first across units, then by due date", async () => {
    const future = await createDecision(meeting.id, other.id, { dueOn: dayFromToday(5) });
    const overdue = await createDecision(meeting.id, owner.id, { dueOn: dayFromToday(-1) });
    const done = await createDecision(meeting.id, other.id, { dueOn: dayFromToday(-10), status: "DONE" });
    const rows = await listDecisionsForAdmin({ meeting: meeting.id });
    expect(rows.map((row) => row.id)).toEqual([overdue.id, future.id]);

    // With every status, a settled decision is not "overdue": it sorts by date after the overdue ones.
    const all = await listDecisionsForAdmin({ meeting: meeting.id, status: "ALL" });
    expect(all.map((row) => row.id)).toEqual([overdue.id, done.id, future.id]);
  });

  it("filters by status, owner unit and meeting", async () => {
    const secondMeeting = await createMeeting({ startsInHours: -24 });
    const a = await createDecision(meeting.id, owner.id, { status: "DONE" });
    const b = await createDecision(secondMeeting.id, owner.id);
    const c = await createDecision(secondMeeting.id, other.id);
    expect((await listDecisionsForAdmin({ status: "DONE", unit: owner.id })).map((row) => row.id)).toEqual([
      a.id,
    ]);
    expect((await listDecisionsForAdmin({ unit: owner.id })).map((row) => row.id)).toEqual([b.id]);
    const second = await listDecisionsForAdmin({ meeting: secondMeeting.id });
    expect(second.map((row) => row.id).sort()).toEqual([b.id, c.id].sort());
    expect(second[0]!.ownerUnit.name).toBeTruthy();
  });
});

describe("a meeting's decisions", () => {
  it("come in their listed order with the history, newest report first", async () => {
    const second = await createDecision(meeting.id, owner.id, { position: 1 });
    const first = await createDecision(meeting.id, other.id, { position: 0 });
    const secretary = await createSecretary(owner.id);
    await createDecisionUpdate(second.id, secretary.id);
    const rows = await getMeetingDecisions(meeting.id);
    expect(rows.map((row) => row.id)).toEqual([first.id, second.id]);
    expect(rows[1]!.updates[0]).toMatchObject({ note: "已启动", actor: { name: secretary.name } });
  });

  it("are public only for a public meeting whose minutes were published publicly", async () => {
    const check = (id: number) => areDecisionsPublic(id);
    const author = await createAdmin();
    const publish = async (meetingId: number, visibility: "MEMBERS" | "PUBLIC") => {
      await createMinutesVersion(meetingId, author.id, "# 纪要");
      await db.meetingMinutes.update({
        where: { meetingId },
        data: { status: "PUBLISHED", visibility, publishedAt: new Date(), publishedById: author.id },
      });
    };
    const open = await createMeeting({ startsInHours: -72, isPublic: true });
    expect(await check(open.id)).toBe(false);
    await createMinutesVersion(open.id, author.id, "# 草稿");
    expect(await check(open.id)).toBe(false);
    await publish(open.id, "MEMBERS");
    expect(await check(open.id)).toBe(false);
    await db.meetingMinutes.update({ where: { meetingId: open.id }, data: { visibility: "PUBLIC" } });
    expect(await check(open.id)).toBe(true);
    await publish(meeting.id, "PUBLIC");
    expect(await check(meeting.id)).toBe(false);
  });
});
