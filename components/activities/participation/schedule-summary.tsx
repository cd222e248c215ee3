import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PlannedWhen } from "@/components/activities/plan/planned-when";
import { beijingTime } from "@/lib/core/time/beijing";
import { schedulable } from "@/lib/activities/schedule/schedule-activity";
import type { LedActivity } from "@/lib/activities/participation/queries";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";

const link = "inline-block py-2 text-brand-700 underline underline-offset-2";

/** The saved schedule as the lead set it: when, where (and the venue booking's state), places, deadline. */
export async function ScheduleSummary({ activity }: { activity: LedActivity }) {
  const [t, format] = await Promise.all([getTranslations("activities.participation"), getFormatter()]);
  const booking = activity.bookings[0];
  const where = activity.venue
    ? `${activity.venue.name}${booking ? ` · ${t(`schedule.booking.${booking.status}`)}` : ""}`
    : activity.place;
  return (
    <Card variant="outlined" aria-labelledby="schedule-heading" className="space-y-2">
      <h2 id="schedule-heading" className="text-lg font-semibold">
        {t("schedule.summaryHeading")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t("schedule.when")}</dt>
        <dd className="break-words">
          <PlannedWhen
            year={activity.year}
            month={activity.plannedMonth}
            date={activity.plannedDate}
            withYear
          />
          {activity.startsAt && activity.endsAt
            ? ` ${beijingTime(activity.startsAt)}–${beijingTime(activity.endsAt)}`
            : ""}
        </dd>
        <dt className="text-stone-600">{t("schedule.where")}</dt>
        <dd className="break-words">{where || t("schedule.notSet")}</dd>
        <dt className="text-stone-600">{t("capacity")}</dt>
        <dd>
          {activity.capacity === null ? t("noCapacity") : t("capacityValue", { count: activity.capacity })}
        </dd>
        <dt className="text-stone-600">{t("schedule.signupDeadline")}</dt>
        <dd>
          {activity.signupDeadline
            ? format.dateTime(activity.signupDeadline, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: beijingTimeZone,
              })
            : t("schedule.noDeadline")}
        </dd>
      </dl>
      {activity.description ? (
        <p className="text-sm break-words whitespace-pre-line text-stone-700">{activity.description}</p>
      ) : null}
      <p className="flex flex-wrap gap-x-4">
        {schedulable.has(activity.status) && activity.startsAt ? (
          <Link href={`/my/activities/${activity.id}/schedule`} className={link}>
            {t("schedule.edit")}
          </Link>
        ) : null}
        <Link href={`/activities/${activity.id}`} className={link}>
          {t("publicPage")}
        </Link>
      </p>
    </Card>
  );
}
