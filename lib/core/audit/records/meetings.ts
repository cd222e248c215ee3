import "server-only";
import { db } from "@/lib/core/db";
import { byId, intIds, intPairs, type RecordTitle, type Resolver, type Resolvers } from "./types";

// Titles of joint meetings and their parts (invitations, attendance, agenda, minutes, decisions).

const meetingHref = (meetingId: number, part = "") => `/admin/meetings/${meetingId}${part}`;
const meetingSelect = { select: { id: true, title: true } } as const;

/** Records keyed by their meeting (minutes) or by "meeting:…" (drafts): the meeting's title. */
function byMeeting(keyOf: (id: string) => string): Resolver {
  return async (ids) => {
    const meetingIds = new Map(ids.map((id) => [id, keyOf(id)]));
    const wanted = intIds([...meetingIds.values()]);
    if (wanted.length === 0) return new Map();
    const rows = await db.meeting.findMany({
      where: { id: { in: wanted } },
      select: { id: true, title: true },
    });
    const titles = new Map(
      rows.map((row) => [String(row.id), { title: row.title, href: meetingHref(row.id) }]),
    );
    const found = new Map<string, RecordTitle>();
    for (const [id, meetingId] of meetingIds) {
      const title = titles.get(meetingId);
      if (title) found.set(id, title);
    }
    return found;
  };
}

export const meetingResolvers = {
  Meeting: (ids) =>
    byId(
      ids,
      (id) => db.meeting.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
      (row) => ({ title: row.title, href: meetingHref(row.id) }),
    ),
  MeetingInvitation: (ids) =>
    byId(
      ids,
      (id) =>
        db.meetingInvitation.findMany({
          where: { id: { in: id } },
          select: { id: true, meeting: meetingSelect, unit: { select: { name: true } } },
        }),
      (row) => ({ title: `${row.meeting.title} · ${row.unit.name}`, href: meetingHref(row.meeting.id) }),
    ),
  // Keyed "meeting:unit".
  MeetingAttendance: async (ids) => {
    const pairs = intPairs(ids);
    if (pairs.length === 0) return new Map();
    const rows = await db.meetingAttendance.findMany({
      where: { OR: pairs.map(([meetingId, unitId]) => ({ meetingId, unitId })) },
      select: {
        meetingId: true,
        unitId: true,
        meeting: { select: { title: true } },
        unit: { select: { name: true } },
      },
    });
    return new Map(
      rows.map((row) => [
        `${row.meetingId}:${row.unitId}`,
        { title: `${row.meeting.title} · ${row.unit.name}`, href: meetingHref(row.meetingId, "/attendance") },
      ]),
    );
  },
  AgendaItem: (ids) =>
    byId(
      ids,
      (id) =>
        db.agendaItem.findMany({
          where: { id: { in: id } },
          select: { id: true, title: true, meeting: meetingSelect },
        }),
      (row) => ({
        title: `${row.meeting.title} · ${row.title}`,
        href: meetingHref(row.meeting.id, "/agenda"),
      }),
    ),
  AgendaAttachment: (ids) =>
    byId(
      ids,
      (id) =>
        db.agendaAttachment.findMany({
          where: { id: { in: id } },
          select: { id: true, fileName: true, agendaItem: { select: { meeting: meetingSelect } } },
        }),
      (row) => ({
        title: `${row.agendaItem.meeting.title} · ${row.fileName}`,
        href: meetingHref(row.agendaItem.meeting.id, "/agenda"),
      }),
    ),
  MeetingMinutes: byMeeting((id) => id),
  MinutesDraft: byMeeting((id) => id.split(":")[0] ?? ""),
  MinutesErratum: (ids) =>
    byId(
      ids,
      (id) =>
        db.minutesErratum.findMany({
          where: { id: { in: id } },
          select: { id: true, meeting: meetingSelect },
        }),
      (row) => ({ title: row.meeting.title, href: meetingHref(row.meeting.id) }),
    ),
  Decision: (ids) =>
    byId(
      ids,
      (id) =>
        db.decision.findMany({
          where: { id: { in: id } },
          select: { id: true, title: true, meeting: meetingSelect },
        }),
      (row) => ({ title: `${row.title} · ${row.meeting.title}`, href: meetingHref(row.meeting.id) }),
    ),
} satisfies Partial<Resolvers>;
