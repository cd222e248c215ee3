import "server-only";
import { can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";

const authorName = { select: { name: true } } as const;

/** Who may read published minutes: members always; visitors only public minutes of a public meeting. */
export function canReadPublishedMinutes(
  viewer: CurrentUser | null,
  meeting: { isPublic: boolean },
  visibility: "MEMBERS" | "PUBLIC",
): boolean {
  if (viewer && can(viewer, "meeting.view")) return true;
  return visibility === "PUBLIC" && meeting.isPublic;
}

export async function getMinutesErrata(meetingId: number) {
  return db.minutesErratum.findMany({
    where: { meetingId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, author: authorName },
  });
}

export type MinutesErratumRow = Awaited<ReturnType<typeof getMinutesErrata>>[number];

async function getCurrentVersion(meetingId: number, number: number) {
  if (number === 0) return null;
  return db.minutesVersion.findUnique({
    where: { meetingId_number: { meetingId, number } },
    select: { number: true, body: true, createdAt: true, author: authorName },
  });
}

/** The minutes' state, current text and (for the writer) their autosaved draft, for the editor. */
export async function getMinutesForEditor(meetingId: number, writerId: number) {
  const [minutes, draft] = await Promise.all([
    db.meetingMinutes.findUnique({
      where: { meetingId },
      select: {
        currentVersion: true,
        status: true,
        visibility: true,
        publishedAt: true,
        publishedBy: authorName,
      },
    }),
    db.minutesDraft.findUnique({
      where: { meetingId_userId: { meetingId, userId: writerId } },
      select: { body: true, baseNumber: true, updatedAt: true },
    }),
  ]);
  const current = await getCurrentVersion(meetingId, minutes?.currentVersion ?? 0);
  // A draft is worth offering only when it holds something the saved text does not.
  const usefulDraft = draft && draft.body !== current?.body ? draft : null;
  return { minutes, current, draft: usefulDraft };
}

/** A short state of the minutes for the meeting page: status, version and the writer's draft. */
export async function getMinutesStatus(meetingId: number, writerId: number | null) {
  const [minutes, draft] = await Promise.all([
    db.meetingMinutes.findUnique({ where: { meetingId }, select: { currentVersion: true, status: true } }),
    writerId === null
      ? null
      : db.minutesDraft.findUnique({
          where: { meetingId_userId: { meetingId, userId: writerId } },
          select: { updatedAt: true },
        }),
  ]);
  return { currentVersion: minutes?.currentVersion ?? 0, status: minutes?.status ?? "DRAFT", draft };
}

/** Every saved version, newest first, without their texts. */
export async function listMinutesVersions(meetingId: number) {
  return db.minutesVersion.findMany({
    where: { meetingId },
    orderBy: { number: "desc" },
    select: { number: true, baseNumber: true, restoredFrom: true, createdAt: true, author: authorName },
  });
}

export async function getMinutesVersion(meetingId: number, number: number) {
  return db.minutesVersion.findUnique({
    where: { meetingId_number: { meetingId, number } },
    select: { number: true, body: true, createdAt: true, restoredFrom: true, author: authorName },
  });
}

/**
 * Published minutes as `viewer` may read them (the current version's text, visibility and
 * errata), or null when they are not published or not for this viewer. Used by the meeting page
 * and the print page.
 */
export async function getPublishedMinutes(meetingId: number, viewer: CurrentUser | null) {
  const minutes = await db.meetingMinutes.findUnique({
    where: { meetingId },
    select: {
      status: true,
      visibility: true,
      currentVersion: true,
      publishedAt: true,
      publishedBy: authorName,
      meeting: { select: { isPublic: true } },
    },
  });
  if (!minutes || minutes.status !== "PUBLISHED") return null;
  if (!canReadPublishedMinutes(viewer, minutes.meeting, minutes.visibility)) return null;
  const [current, errata] = await Promise.all([
    getCurrentVersion(meetingId, minutes.currentVersion),
    getMinutesErrata(meetingId),
  ]);
  if (!current) return null;
  return {
    status: minutes.status,
    visibility: minutes.visibility,
    version: current.number,
    body: current.body,
    author: current.author.name,
    savedAt: current.createdAt,
    publishedAt: minutes.publishedAt,
    publishedBy: minutes.publishedBy?.name ?? null,
    errata,
  };
}
