import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { listUpcomingMeetings } from "@/lib/overview/year/queries";
import { beijingTimeZone } from "@/lib/core/time/beijing";

type Meetings = Awaited<ReturnType<typeof listUpcomingMeetings>>;

/** The next joint meetings, each opening its admin page. */
export async function UpcomingMeetings({ meetings }: { meetings: Meetings }) {
  const [t, format] = await Promise.all([getTranslations("overview.admin"), getFormatter()]);
  return (
    <section aria-labelledby="meetings-heading" className="space-y-3">
      <h2 id="meetings-heading" className="text-lg font-semibold">
        {t("upcomingMeetings")}
      </h2>
      {meetings.length === 0 ? (
        <p className="text-stone-600">{t("noMeetings")}</p>
      ) : (
        <ul className="space-y-2">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="card-raised">
              <Link
                href={`/admin/meetings/${meeting.id}`}
                className="font-medium text-brand-700 underline underline-offset-2 break-words"
              >
                {meeting.title}
              </Link>
              <p className="text-sm text-stone-600">
                {format.dateTime(meeting.startsAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: beijingTimeZone,
                })}
                {meeting.place ? ` · ${meeting.place}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
