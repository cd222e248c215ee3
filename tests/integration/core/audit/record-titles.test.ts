import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { Translate } from "@/lib/core/audit/labels";
import { presentEntry, recordText, type AuditRow } from "@/lib/core/audit/present";
import { resolveTitles } from "@/lib/core/audit/queries";
import { loadMessages } from "@/lib/core/i18n/messages";
import { recordKinds } from "@/lib/core/audit/kinds";
import { resolveRecords } from "@/lib/core/audit/records";
import { createAdmin, createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { createCommunityRow, createNeedRow, createPairingRow } from "@/tests/factories/communities";
import { createMeeting } from "@/tests/factories/meetings";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { createRotationSchedule, createRotationYear } from "@/tests/factories/rotation";
import { createDraftSurvey } from "@/tests/factories/surveys";
import { createVenue } from "@/tests/factories/venues";
import { recordStatements } from "@/tests/integration/helpers/query-counter";

// The record an entry is about, shown by its title with a link to its admin page: titles are
// read with one query per kind of record (never one per entry), and a record that is gone
// falls back to "kind #id".

const year = 2031;
let t: Translate;
let row: (entity: string, entityId: string | number, extra?: Partial<AuditRow>) => AuditRow;

beforeAll(async () => {
  const messages = await loadMessages("zh-CN");
  t = createTranslator({ locale: "zh-CN", messages, timeZone: "Asia/Shanghai" }) as unknown as Translate;
  let id = 0;
  row = (entity, entityId, extra = {}) => ({
    id: (id += 1),
    createdAt: new Date("2031-03-01T02:00:00Z"),
    actor: null,
    action: "activity.update",
    entity,
    entityId: String(entityId),
    unitId: null,
    before: null,
    after: null,
    ...extra,
  });
  await createPlan(year);
});

async function present(rows: AuditRow[]) {
  const titles = await resolveTitles(rows);
  return rows.map((entry) => presentEntry(entry, titles, t));
}

describe("record titles and links", () => {
  it("shows each kind of record by its title, linked to its admin page", async () => {
    const admin = await createAdmin();
    const unit = await createUnit();
    const secretary = await createSecretary(unit.id);
    const activity = await createPlanActivity(year, { title: "润州青年公益林植树" });
    const meeting = await createMeeting({ title: "第二次联席会议", invite: [unit.id] });
    const venue = await createVenue(unit.id, { name: "羽毛球馆" });
    const booking = await db.booking.create({
      data: {
        venueId: venue.id,
        unitId: unit.id,
        bookedById: secretary.id,
        startsAt: new Date("2031-03-10T06:00:00Z"),
        endsAt: new Date("2031-03-10T08:00:00Z"),
        blockedUntil: new Date("2031-03-10T08:00:00Z"),
        purpose: "羽毛球赛",
        headcount: 8,
        requestKey: `audit-${uniqueSuffix()}`,
      },
    });
    const community = await createCommunityRow({ name: "朝阳社区" });
    const pairing = await createPairingRow(community.id, [unit.id]);
    const need = await createNeedRow(community.id, admin.id, { title: "小区绿化" });
    const { survey } = await createDraftSurvey({ createdById: admin.id });
    const rotation = await createRotationYear();
    const schedule = await createRotationSchedule(rotation.year, admin.id, [{ unitId: unit.id, month: 3 }]);
    await db.meetingAttendance.create({
      data: { meetingId: meeting.id, unitId: unit.id, status: "PRESENT", headcount: 3, method: "ADMIN" },
    });

    const entries = await present([
      row("Activity", activity.id, { unitId: unit.id }),
      row("Unit", unit.id),
      row("Meeting", meeting.id),
      row("MeetingAttendance", `${meeting.id}:${unit.id}`),
      row("Booking", booking.id),
      row("Pairing", pairing.id),
      row("Need", need.id),
      row("Survey", survey.id),
      row("User", secretary.id),
      row("RotationSchedule", schedule.id),
      row("PlanYear", year),
    ]);
    expect(entries.map((entry) => entry.record.parts)).toEqual([
      [{ text: "润州青年公益林植树", href: `/admin/plan/${year}/activities/${activity.id}` }],
      [{ text: unit.name, href: `/admin/units/${unit.id}` }],
      [{ text: "第二次联席会议", href: `/admin/meetings/${meeting.id}` }],
      [{ text: `第二次联席会议 · ${unit.name}`, href: `/admin/meetings/${meeting.id}/attendance` }],
      [{ text: "羽毛球馆 · 2031-03-10 14:00", href: `/venues/${venue.id}` }],
      [{ text: "朝阳社区", href: `/admin/pairings/${pairing.id}` }],
      [{ text: "小区绿化", href: `/admin/needs/${need.id}` }],
      [{ text: survey.title, href: `/admin/surveys/${survey.id}` }],
      [{ text: `${secretary.name}（${secretary.login}）`, href: `/admin/users/${secretary.id}` }],
      [
        {
          text: `${rotation.year} 年轮值表第 ${schedule.number} 版`,
          href: `/admin/rotation?year=${rotation.year}&version=${schedule.number}`,
        },
      ],
      [{ text: `${year}年度测试活动清单`, href: `/admin/plan/${year}` }],
    ]);
    expect(entries[0]!.unit).toEqual({ text: unit.name, href: `/admin/units/${unit.id}` });
    expect(entries.every((entry) => !entry.record.gone)).toBe(true);
  });

  it("falls back to kind #id for a deleted record, keeping the title the entry recorded", async () => {
    const activity = await createPlanActivity(year, { title: "即将删除的读书会" });
    const deleted = row("Activity", activity.id, {
      action: "activity.delete",
      before: { title: activity.title, status: "PLANNED" },
    });
    await db.activity.delete({ where: { id: activity.id } });
    const [entry] = await present([deleted, row("Need", 2_000_000_000)]);
    expect(entry!.record).toEqual({
      parts: [{ text: `活动 #${activity.id}` }],
      gone: true,
      rememberedName: "即将删除的读书会",
    });
    expect(recordText(entry!, t)).toBe(`活动 #${activity.id}“即将删除的读书会”（已不存在）`);
    const [, missing] = await present([deleted, row("Need", 2_000_000_000)]);
    expect(recordText(missing!, t)).toBe("社区需求 #2000000000（已不存在）");
  });

  it("shows ids inside the changes by the records' titles too", async () => {
    const [lead, next] = [await createUnit(), await createUnit()];
    const activity = await createPlanActivity(year, { leadUnitId: lead.id });
    const [entry] = await present([
      row("Activity", activity.id, {
        action: "activity.reassignLead",
        before: { leadUnitId: lead.id, status: "CLAIMED" },
        after: { leadUnitId: next.id },
      }),
    ]);
    expect(entry!.changes.rows[0]).toMatchObject({
      label: "牵头单位",
      before: { parts: [{ text: lead.name, href: `/admin/units/${lead.id}` }] },
      after: { parts: [{ text: next.name, href: `/admin/units/${next.id}` }] },
    });
  });

  it("reads the titles with one query per kind, however many entries there are", async () => {
    const units = await Promise.all(Array.from({ length: 3 }, () => createUnit()));
    const activities = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createPlanActivity(year, { leadUnitId: units[i % 3]!.id })),
    );
    const meetings = await Promise.all(Array.from({ length: 5 }, () => createMeeting()));
    const rows = [
      ...activities.map((activity, i) =>
        row("Activity", activity.id, {
          unitId: units[i % 3]!.id,
          after: { leadUnitId: units[(i + 1) % 3]!.id },
        }),
      ),
      ...meetings.map((meeting) => row("Meeting", meeting.id)),
    ];
    const few = await recordStatements(() => resolveTitles(rows.slice(0, 3).concat(rows.slice(-1))));
    const many = await recordStatements(() => resolveTitles(rows));
    // Activity, Unit and Meeting: three kinds, three statements, for 4 entries or for 35.
    expect(few.statements).toHaveLength(3);
    expect(many.statements).toHaveLength(3);
    expect(many.result.size).toBe(30 + 3 + 5);
  });

  it("runs every kind's lookup, finding nothing for records that do not exist", async () => {
    const ids = ["2000000000", "2000000000:2000000001", "x", "1999"];
    const found = await resolveRecords(recordKinds.flatMap((kind) => ids.map((id) => ({ kind, id }))));
    // Only the pseudo-records that need no row answer: the export and rotation reminders.
    expect([...found.keys()].every((key) => /^(AuditLog|RotationReminder):/.test(key))).toBe(true);
  });
});
