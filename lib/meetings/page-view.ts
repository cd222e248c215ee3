import "server-only";
import { actingUnitOf, can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { beijingToday } from "@/lib/core/time/beijing";
import { canWriteMinutes, hasMeetingStarted } from "./access";
import { getAgenda } from "./agenda/queries";
import { getAttendance } from "./attendance/queries";
import { checkinWindowState } from "./attendance/window";
import { areDecisionsPublic, getMeetingDecisions } from "./decisions/queries";
import { isDecisionOverdue, isoDay } from "./decisions/order";
import { getMinutesStatus, getPublishedMinutes } from "./minutes/queries";
import { getMeetingBasics, getMeetingDetail, getUnitInvitation } from "./queries";
import type { MeetingPageView } from "./page-view-types";

export type { MeetingPageView } from "./page-view-types";

type Meeting = NonNullable<Awaited<ReturnType<typeof getMeetingBasics>>>;

/**
 * A meeting's page as `viewer` sees it, as plain JSON (dates as ISO strings): the cached page
 * renders it for nobody (`viewer` null, public meetings only) and GET /api/meetings/<id>/viewer
 * for the signed-in visitor, so both draw the same components. Null when `viewer` may not see
 * the meeting (not public and not a member).
 */
export async function buildMeetingPageView(
  meeting: Meeting,
  viewer: CurrentUser | null,
  now: Date = new Date(),
): Promise<MeetingPageView | null> {
  const member = can(viewer, "meeting.view") && !viewer?.mustChangePassword;
  if (!meeting.isPublic && !member) return null;
  const [detail, rsvp, agenda, attendance, minutes, decisions] = await Promise.all([
    getMeetingDetail(meeting.id),
    rsvpOf(meeting, viewer, now),
    getAgenda(meeting.id),
    attendanceOf(meeting.id, viewer, now),
    minutesOf(meeting, viewer),
    decisionsOf(meeting, viewer),
  ]);
  if (!detail) return null;
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      status: meeting.status,
      kind: meeting.kind,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt?.toISOString() ?? null,
    },
    detail: {
      place: detail.place,
      cancelReason: detail.cancelReason,
      venue: detail.venue
        ? { name: detail.venue.name, address: detail.venue.address, unit: detail.venue.unit.shortName }
        : null,
      host: detail.hostUnit
        ? {
            name: detail.hostUnit.name,
            slug: detail.hostUnit.slug,
            withdrawn: detail.hostUnit.status === "WITHDRAWN",
          }
        : null,
      // The link itself only for members; visitors learn that there is one.
      online: detail.onlineUrl ? { url: member ? detail.onlineUrl : null } : null,
    },
    signedIn: viewer !== null,
    admin: can(viewer, "meetings.manage"),
    rsvp,
    agenda: {
      totalMinutes: agenda.totalMinutes,
      items: agenda.items.map((item) => ({
        id: item.id,
        title: item.title,
        durationMinutes: item.durationMinutes,
        presenter: item.presenterUnit?.name ?? null,
        attachments: item.attachments.map(({ id, fileName, size }) => ({ id, fileName, size })),
      })),
      amendments: agenda.amendments.map((amendment) => ({
        id: amendment.id,
        note: amendment.note,
        actor: amendment.actor?.name ?? null,
        createdAt: amendment.createdAt.toISOString(),
      })),
    },
    attendance,
    minutes,
    decisions,
  };
}

/** The viewer's unit's answer: only for an invited unit's secretary. */
async function rsvpOf(meeting: Meeting, viewer: CurrentUser | null, now: Date) {
  const unitId = actingUnitOf(viewer);
  if (unitId === null) return null;
  const invitation = await getUnitInvitation(meeting.id, unitId);
  if (!invitation) return null;
  const { response, delegateName, excuseReason } = invitation;
  const open = meeting.status === "SCHEDULED" && !hasMeetingStarted(meeting, now);
  return { response, delegateName, excuseReason, open };
}

/**
 * Once the meeting has started: totals for everyone, each unit's row for the signed-in; during
 * the check-in window an invited unit's secretary's own state (the link to check in).
 */
async function attendanceOf(meetingId: number, viewer: CurrentUser | null, now: Date) {
  const attendance = await getAttendance(meetingId, now);
  if (!attendance || attendance.meeting.status === "CANCELLED") return null;
  const { meeting, rows, totals } = attendance;
  const unitId = actingUnitOf(viewer);
  const own = unitId === null ? undefined : rows.find((row) => row.unitId === unitId);
  const checkIn =
    own !== undefined && checkinWindowState(meeting, now) === "open"
      ? { recorded: own.recorded, headcount: own.headcount }
      : null;
  const started = hasMeetingStarted(meeting, now);
  if (!started && !checkIn) return null;
  return {
    started,
    checkIn,
    totals,
    rows:
      started && viewer
        ? rows.map(({ unitId, unitName, status, headcount }) => ({ unitId, unitName, status, headcount }))
        : null,
  };
}

/** Published minutes as the viewer may read them; for writers, the state and their draft. */
async function minutesOf(meeting: Meeting, viewer: CurrentUser | null) {
  const writer = canWriteMinutes(viewer, meeting);
  const [published, status] = await Promise.all([
    getPublishedMinutes(meeting.id, viewer),
    writer ? getMinutesStatus(meeting.id, viewer!.id) : null,
  ]);
  // Visitors see nothing of minutes they may not read, not even that they exist.
  if (!published && !writer && !viewer) return null;
  return {
    writer: status
      ? {
          status: status.status,
          currentVersion: status.currentVersion,
          draftSavedAt: status.draft?.updatedAt.toISOString() ?? null,
          links: meeting.status !== "CANCELLED",
        }
      : null,
    published: published
      ? {
          visibility: published.visibility,
          publishedAt: published.publishedAt?.toISOString() ?? null,
          body: published.body,
          errata: published.errata.map((erratum) => ({
            id: erratum.id,
            body: erratum.body,
            author: { name: erratum.author.name },
            createdAt: erratum.createdAt.toISOString(),
          })),
        }
      : null,
  };
}

/** Members always see the decisions; visitors once the minutes were published for the public. */
async function decisionsOf(meeting: Meeting, viewer: CurrentUser | null) {
  if (!viewer && !(await areDecisionsPublic(meeting.id))) return null;
  const decisions = await getMeetingDecisions(meeting.id);
  const canWrite = canWriteMinutes(viewer, meeting);
  if (decisions.length === 0 && !canWrite) return null;
  const today = beijingToday();
  return {
    link: viewer ? (canWrite ? ("manage" as const) : ("details" as const)) : null,
    items: decisions.map((decision) => ({
      id: decision.id,
      title: decision.title,
      owner: decision.ownerUnit.name,
      dueOn: isoDay(decision.dueOn),
      status: decision.status,
      overdue: isDecisionOverdue(decision, today),
    })),
  };
}
