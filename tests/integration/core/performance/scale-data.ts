// Data for the query-count test: a "subject" unit whose signed-in pages are measured, first with
// a few rows of every kind those pages show (small), then with 300 more units and three years of
// activities, sign-ups, reports, venues, bookings, meetings, decisions, records and notifications
// around it (large). Bulk inserts (createMany) keep the large set to a few seconds.
import { db } from "@/lib/core/db";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";

const day = 86_400_000;
const hour = 3_600_000;

export type Subject = { unitId: number; userId: number; adminId: number; year: number };

const unitRow = (tag: string) => ({
  name: `规模单位${tag}`,
  shortName: `规模${tag}`,
  slug: `scale-${tag}`,
  category: "STATE_ENTERPRISE" as const,
  orgType: "COMMITTEE" as const,
  joinedOn: new Date("2023-02-21"),
});

const reportRow = (
  activityId: number,
  submittedById: number,
  year: number,
  status: "SUBMITTED" | "NEEDS_FIX" | "ACCEPTED",
) => ({
  activityId,
  submittedById,
  actualDate: new Date(Date.UTC(year, 5, 1)),
  volunteerCount: 12,
  serviceHours: 24,
  summary: "活动顺利开展",
  status,
  ...(status === "NEEDS_FIX" ? { fixRequest: "请补充照片" } : {}),
});

/** The subject unit with one row of each kind its pages list, and an admin. */
export async function addSmallData(now = new Date()): Promise<Subject> {
  const { year } = beijingYearMonth(now);
  const [unit, other, admin] = await Promise.all([createUnit(), createUnit(), createAdmin()]);
  const [user, otherUser] = await Promise.all([createSecretary(unit.id), createSecretary(other.id)]);
  await db.planYear.create({
    data: { year, title: `${year}年活动清单`, status: "PUBLISHED", publishedAt: now },
  });
  const base = { year, type: "OTHER" as const, commitment: "STUDY_EXCHANGE" as const };
  await db.activity.create({
    data: { ...base, title: "小-认领", plannedMonth: 12, leadUnitId: unit.id, status: "CLAIMED" },
  });
  const done = await db.activity.create({
    data: { ...base, title: "小-完成", plannedMonth: 1, leadUnitId: unit.id, status: "DONE" },
  });
  await db.activityReport.create({ data: reportRow(done.id, user.id, year, "NEEDS_FIX") });
  const joined = await db.activity.create({
    data: { ...base, title: "小-参与", plannedMonth: 12, leadUnitId: other.id, status: "OPEN" },
  });
  await db.activity.create({ data: { ...base, title: "小-待认领", plannedMonth: 12 } });
  await db.participation.create({
    data: { activityId: joined.id, unitId: unit.id, headcount: 3, status: "JOINED" },
  });
  const [mine, theirs] = await Promise.all([
    db.venue.create({ data: { unitId: unit.id, name: "小-会议室", kind: "MEETING_ROOM" } }),
    db.venue.create({ data: { unitId: other.id, name: "小-球场", kind: "BADMINTON_COURT" } }),
  ]);
  const soon = new Date(now.getTime() + 3 * day);
  const booking = (venueId: number, unitId: number, bookedById: number, key: string) => ({
    venueId,
    unitId,
    bookedById,
    startsAt: soon,
    endsAt: new Date(soon.getTime() + 2 * hour),
    blockedUntil: new Date(soon.getTime() + 2 * hour),
    purpose: "小-预约",
    headcount: 5,
    requestKey: key,
  });
  await db.booking.createMany({
    data: [
      booking(mine.id, other.id, otherUser.id, "small-in"),
      booking(theirs.id, unit.id, user.id, "small-out"),
    ],
  });
  await db.notification.create({ data: { userId: user.id, kind: "ACTIVITY_JOINED" } });
  const meeting = await db.meeting.create({
    data: { kind: "JOINT", title: "小-联席会", startsAt: new Date(now.getTime() + 7 * day) },
  });
  await db.meetingInvitation.create({ data: { meetingId: meeting.id, unitId: unit.id } });
  const decision = await db.decision.create({
    data: {
      meetingId: meeting.id,
      title: "小-决定",
      ownerUnitId: unit.id,
      dueOn: new Date(now.getTime() + 30 * day),
    },
  });
  await db.decisionUpdate.create({
    data: {
      decisionId: decision.id,
      fromStatus: "OPEN",
      toStatus: "IN_PROGRESS",
      note: "推进中",
      actorId: user.id,
    },
  });
  await db.commitmentRecord.create({
    data: {
      unitId: unit.id,
      year,
      commitment: "YOUTH_PROJECT",
      title: "小-项目",
      description: "青年项目",
      occurredOn: new Date(Date.UTC(year, 2, 1)),
    },
  });
  return { unitId: unit.id, userId: user.id, adminId: admin.id, year };
}

async function addUnits(count: number) {
  const units = await db.unit.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => unitRow(String(i))),
    select: { id: true },
  });
  const users = await db.user.createManyAndReturn({
    data: units.map(({ id }, i) => ({
      login: `scale-sec-${i}`,
      name: `书记${i}`,
      passwordHash: "x",
      role: "SECRETARY" as const,
      unitRole: "PRIMARY" as const,
      unitId: id,
    })),
    select: { id: true, unitId: true },
  });
  return { unitIds: units.map((u) => u.id), userIds: users.map((u) => u.id) };
}

/** 300 more units (by default) and three years of everything around the subject. */
export async function addLargeData(subject: Subject, unitCount = 300, now = new Date()): Promise<void> {
  const { unitIds, userIds } = await addUnits(unitCount);
  const years = [subject.year - 2, subject.year - 1, subject.year];
  await db.planYear.createMany({
    data: years.map((year) => ({ year, title: `${year}年活动清单`, status: "PUBLISHED" as const })),
    skipDuplicates: true,
  });
  await addActivities(subject, unitIds, userIds, years);
  await addBookings(subject, unitIds, userIds, now);
  await addMeetings(subject, unitIds, userIds, now);
  await db.notification.createMany({
    data: [...userIds, ...Array<number>(200).fill(subject.userId)].flatMap((userId, i) =>
      Array.from({ length: 30 }, (_, k) => ({
        userId,
        kind: "ACTIVITY_JOINED" as const,
        readAt: (i + k) % 3 === 0 ? null : now,
        createdAt: new Date(now.getTime() - k * day),
      })),
    ),
  });
  await db.commitmentRecord.createMany({
    data: [...unitIds, ...Array<number>(20).fill(subject.unitId)].flatMap((unitId) =>
      years.map((year) => ({
        unitId,
        year,
        commitment: "YOUTH_PROJECT" as const,
        title: "青年项目",
        description: "青年项目",
        occurredOn: new Date(Date.UTC(year, 3, 1)),
      })),
    ),
  });
}

// Per year: every unit leads one item, the subject three, forty are unclaimed; each claimed item
// has five units signed up (the subject in every twentieth); past years' items are reported.
async function addActivities(subject: Subject, unitIds: number[], userIds: number[], years: number[]) {
  const leads = [
    ...unitIds,
    ...Array<number>(3).fill(subject.unitId),
    ...Array<number | null>(40).fill(null),
  ];
  for (const year of years) {
    const past = year < subject.year;
    const activities = await db.activity.createManyAndReturn({
      data: leads.map((leadUnitId, i) => ({
        year,
        position: i,
        title: `活动${year}-${i}`,
        type: "OTHER" as const,
        commitment: "CULTURE_SPORTS" as const,
        plannedMonth: (i % 12) + 1,
        leadUnitId,
        status: leadUnitId === null ? ("PLANNED" as const) : past ? ("REPORTED" as const) : ("OPEN" as const),
      })),
      select: { id: true, leadUnitId: true },
    });
    const claimed = activities.filter((a) => a.leadUnitId !== null);
    await db.participation.createMany({
      data: claimed.flatMap((activity, i) => {
        const joiners = [1, 2, 3, 4, 5].map((k) => unitIds[(i + k * 37) % unitIds.length]!);
        if (i % 20 === 0 && activity.leadUnitId !== subject.unitId) joiners[0] = subject.unitId;
        return joiners.map((unitId) => ({
          activityId: activity.id,
          unitId,
          headcount: 3,
          status: "JOINED" as const,
        }));
      }),
    });
    if (!past) continue;
    const submitter = new Map(unitIds.map((id, i) => [id, userIds[i]!]));
    submitter.set(subject.unitId, subject.userId);
    await db.activityReport.createMany({
      data: claimed.map((a) => reportRow(a.id, submitter.get(a.leadUnitId!)!, year, "ACCEPTED")),
    });
  }
}

// A venue for every third unit and two for the subject, each booked about every ten days over
// three years by other units; the subject books other venues a hundred times.
async function addBookings(subject: Subject, unitIds: number[], userIds: number[], now: Date) {
  const owners = [...unitIds.filter((_, i) => i % 3 === 0), subject.unitId, subject.unitId];
  const venues = await db.venue.createManyAndReturn({
    data: owners.map((unitId, i) => ({ unitId, name: `场地${i}`, kind: "MEETING_ROOM" as const })),
    select: { id: true, unitId: true },
  });
  const start = now.getTime() - 3 * 365 * day;
  const rows = venues.flatMap((venue, v) =>
    Array.from({ length: 110 }, (_, k) => {
      const booker = (v * 7 + k) % unitIds.length;
      const startsAt = new Date(start + k * 10 * day + 9 * hour);
      return {
        venueId: venue.id,
        unitId: unitIds[booker]!,
        bookedById: userIds[booker]!,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * hour),
        blockedUntil: new Date(startsAt.getTime() + 2 * hour),
        purpose: "例行活动",
        headcount: 10,
        status: k % 4 === 0 ? ("PENDING" as const) : ("CONFIRMED" as const),
        requestKey: `scale-${v}-${k}`,
      };
    }),
  );
  const others = venues.filter((v) => v.unitId !== subject.unitId);
  for (let k = 0; k < 100; k++) {
    const startsAt = new Date(start + k * 11 * day + 14 * hour);
    rows.push({
      venueId: others[k % others.length]!.id,
      unitId: subject.unitId,
      bookedById: subject.userId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * hour),
      blockedUntil: new Date(startsAt.getTime() + 2 * hour),
      purpose: "本单位预约",
      headcount: 8,
      status: k % 2 === 0 ? "PENDING" : "CONFIRMED",
      requestKey: `scale-subject-${k}`,
    });
  }
  await db.booking.createMany({ data: rows });
}

// A joint meeting every month of three years (held) and three ahead, every unit invited; ten
// decisions per meeting, the subject owning one of each meeting's, each with one update.
async function addMeetings(subject: Subject, unitIds: number[], userIds: number[], now: Date) {
  const meetings = await db.meeting.createManyAndReturn({
    data: Array.from({ length: 39 }, (_, m) => {
      const ahead = m >= 36;
      return {
        kind: "JOINT" as const,
        title: `联席会${m}`,
        startsAt: new Date(now.getTime() + (m - 36 + (ahead ? 1 : 0)) * 30 * day),
        status: ahead ? ("SCHEDULED" as const) : ("HELD" as const),
      };
    }),
    select: { id: true, status: true, startsAt: true },
  });
  const invited = [...unitIds, subject.unitId];
  await db.meetingInvitation.createMany({
    data: meetings.flatMap((meeting) =>
      invited.map((unitId) =>
        meeting.status === "HELD"
          ? { meetingId: meeting.id, unitId, response: "ATTEND" as const, respondedAt: meeting.startsAt }
          : { meetingId: meeting.id, unitId },
      ),
    ),
  });
  const decisions = await db.decision.createManyAndReturn({
    data: meetings.flatMap((meeting, m) =>
      Array.from({ length: 10 }, (_, k) => ({
        meetingId: meeting.id,
        position: k,
        title: `决定${m}-${k}`,
        ownerUnitId: k === 0 ? subject.unitId : unitIds[(m * 10 + k) % unitIds.length]!,
        dueOn: new Date(meeting.startsAt.getTime() + 60 * day),
        status: k % 3 === 0 ? ("OPEN" as const) : k % 3 === 1 ? ("IN_PROGRESS" as const) : ("DONE" as const),
      })),
    ),
    select: { id: true },
  });
  await db.decisionUpdate.createMany({
    data: decisions.map((d, i) => ({
      decisionId: d.id,
      fromStatus: "OPEN" as const,
      toStatus: "IN_PROGRESS" as const,
      note: "推进中",
      actorId: i % 10 === 0 ? subject.userId : userIds[i % userIds.length]!,
    })),
  });
}
