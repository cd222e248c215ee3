import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listUnitUpcomingInvitations } from "@/lib/meetings/queries";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";

/** /my: the unit's invitations to upcoming meetings, unanswered ones first in the eye. */
export async function MyMeetings({ unitId }: { unitId: number }) {
  const [invitations, t, format] = await Promise.all([
    listUnitUpcomingInvitations(unitId),
    getTranslations("meetings.meeting"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="my-meetings-heading" className="space-y-3">
      <h3 id="my-meetings-heading" className="text-lg font-semibold">
        {t("my.heading")}
      </h3>
      {invitations.length === 0 ? (
        <p className="text-stone-600">{t("my.none")}</p>
      ) : (
        <ul className="space-y-2">
          {invitations.map(({ meeting, response, delegateName, excuseReason }) => {
            const pending = response === "PENDING";
            return (
              <li
                key={meeting.id}
                className={`rounded-lg border p-4 ${pending ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-white"}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm text-stone-600">{t(`kind.${meeting.kind}`)}</span>
                  <Badge tone={pending ? "amber" : "green"}>
                    {pending ? t("my.unanswered") : t(`response.${response}`)}
                  </Badge>
                </div>
                <p className="mt-1 font-medium break-words">{meeting.title}</p>
                <p className="text-sm text-stone-700">
                  {format.dateTime(meeting.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                  {delegateName || excuseReason ? ` · ${delegateName || excuseReason}` : ""}
                </p>
                <Link
                  href={`/meetings/${meeting.id}#rsvp-heading`}
                  className={
                    pending
                      ? buttonClass("primary", "mt-2")
                      : "mt-2 inline-block text-sm text-brand-700 underline underline-offset-2"
                  }
                >
                  {pending ? t("my.answer") : t("rsvp.change")}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
