import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { id as idField } from "@/lib/core/forms/fields";
import { canWriteMinutes } from "@/lib/meetings/access";

/**
 * For the minutes editor and versions pages: visitors sign in first, signed-in users who do not
 * write this meeting's minutes get 403, unknown or malformed ids 404.
 */
export async function requireMinutesWriter(rawId: string, subpath = "") {
  const viewer = await requireUser(`/meetings/${encodeURIComponent(rawId)}/minutes${subpath}`);
  const parsed = idField.safeParse(rawId);
  if (!parsed.success) notFound();
  const meeting = await db.meeting.findUnique({
    where: { id: parsed.data },
    select: { id: true, title: true, status: true, isPublic: true, hostUnitId: true },
  });
  if (!meeting) notFound();
  if (!canWriteMinutes(viewer, meeting)) forbidden();
  return { viewer, meeting };
}
