// A meeting with a host unit, its secretary and an admin: the writers of its minutes.
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { createAdmin, createSecretary, createUnit } from "./index";
import { createMeeting, type MeetingFactoryOptions } from "./meetings";

export function actorOf(user: {
  id: number;
  name: string;
  role: "ADMIN" | "SECRETARY";
  unitId: number | null;
}): CurrentUser {
  return { id: user.id, name: user.name, role: user.role, unitId: user.unitId, mustChangePassword: false };
}

export async function createMinutesSetting(options: MeetingFactoryOptions = {}) {
  const host = await createUnit();
  const guest = await createUnit();
  const hostSecretary = await createSecretary(host.id);
  const guestSecretary = await createSecretary(guest.id);
  const admin = await createAdmin();
  const meeting = await createMeeting({
    startsInHours: -48,
    status: "HELD",
    hostUnitId: host.id,
    invite: [host.id, guest.id],
    ...options,
  });
  return { host, guest, hostSecretary, guestSecretary, admin, meeting };
}

/** The stored minutes, versions and drafts of a meeting: to prove a refusal changed nothing. */
export async function minutesSnapshot(meetingId: number) {
  const [minutes, versions, drafts, errata] = await Promise.all([
    db.meetingMinutes.findUnique({ where: { meetingId } }),
    db.minutesVersion.findMany({ where: { meetingId }, orderBy: { number: "asc" } }),
    db.minutesDraft.findMany({ where: { meetingId }, orderBy: { userId: "asc" } }),
    db.minutesErratum.findMany({ where: { meetingId }, orderBy: { id: "asc" } }),
  ]);
  return { minutes, versions, drafts, errata };
}
