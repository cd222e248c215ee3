import { getTranslations } from "next-intl/server";
import { actingUnitOf } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { hasMeetingStarted } from "@/lib/meetings/access";
import { getUnitInvitation } from "@/lib/meetings/queries";
import { RsvpForm } from "./rsvp-form";

type Meeting = { id: number; status: string; startsAt: Date };

/**
 * The viewer's unit's answer on the meeting page: a form for its secretary while answers are
 * open, the answer alone afterwards. Admins and uninvited units see nothing here.
 */
export async function RsvpSection({ meeting, viewer }: { meeting: Meeting; viewer: CurrentUser | null }) {
  const unitId = actingUnitOf(viewer);
  if (unitId === null) return null;
  const [invitation, t] = await Promise.all([
    getUnitInvitation(meeting.id, unitId),
    getTranslations("meetings.meeting"),
  ]);
  if (!invitation) return null;
  const open = meeting.status === "SCHEDULED" && !hasMeetingStarted(meeting);
  const answer = t(`response.${invitation.response}`);
  const detail = invitation.delegateName || invitation.excuseReason;
  return (
    <section
      aria-labelledby="rsvp-heading"
      className={`space-y-3 rounded-lg border p-4 ${
        invitation.response === "PENDING" && open
          ? "border-amber-300 bg-amber-50"
          : "border-stone-200 bg-white"
      }`}
    >
      <h2 id="rsvp-heading" className="text-lg font-semibold">
        {t("rsvp.heading")}
      </h2>
      <p className="text-stone-800">
        {t("rsvp.current", { answer })}
        {detail ? ` · ${detail}` : ""}
      </p>
      {meeting.status === "CANCELLED" ? (
        <p className="text-stone-700">{t("rsvp.cancelled")}</p>
      ) : open ? (
        <RsvpForm meetingId={meeting.id} current={invitation} />
      ) : (
        <p className="text-stone-700">{t("rsvp.closed")}</p>
      )}
    </section>
  );
}
