import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityStatusBadge } from "@/components/activities/plan/activity-status-badge";
import { PlannedWhen } from "@/components/activities/plan/planned-when";
import { eventDay, nextStep } from "@/lib/activities/lifecycle/next-step";
import { requireSecretary } from "@/lib/core/auth/session";
import { beijingToday } from "@/lib/core/time/beijing";
import { listMyActivities } from "@/lib/activities/participation/queries";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.participation");
  return { title: t("myActivitiesTitle") };
}

const linkClass = "font-medium text-brand-700 underline underline-offset-2";

const primaryLink = buttonClass("primary", "text-sm");

/**
 * 我的活动: what the unit leads, each with its status and next step one tap away, and what it
 * signed up for, with check-in from the day of the activity.
 */
export default async function MyActivitiesPage() {
  const user = await requireSecretary("/my/activities");
  const { led, joined } = await listMyActivities(user.unitId);
  const t = await getTranslations("activities.participation");
  const today = beijingToday();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("myActivitiesTitle")}</h1>
      <section aria-labelledby="led-heading" className="space-y-3">
        <h2 id="led-heading" className="text-lg font-semibold">
          {t("ledTitle")}
        </h2>
        {led.length === 0 ? (
          <p className="text-stone-600">
            {t("noneLed")}{" "}
            <Link href="/plan" className={linkClass}>
              {t("goToPlan")}
            </Link>
          </p>
        ) : (
          <ul className="space-y-2">
            {led.map((activity) => (
              <li key={activity.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <ActivityStatusBadge status={activity.status} hasLeadUnit />
                  <Link href={`/my/activities/${activity.id}`} className={linkClass}>
                    {activity.title}
                  </Link>
                </div>
                <p className="mt-1 text-sm text-stone-600">
                  <PlannedWhen
                    year={activity.year}
                    month={activity.plannedMonth}
                    date={activity.plannedDate}
                    withYear
                  />
                </p>
                <p className="mt-2">
                  <Link href={`/my/activities/${activity.id}`} className={primaryLink}>
                    {t("next.nextLabel", { step: t(`next.short.${nextStep(activity)}`) })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="joined-heading" className="space-y-3">
        <h2 id="joined-heading" className="text-lg font-semibold">
          {t("joinedTitle")}
        </h2>
        {joined.length === 0 ? (
          <p className="text-stone-600">{t("noneJoined")}</p>
        ) : (
          <ul className="space-y-2">
            {joined.map(({ id, status, headcount, activity }) => (
              <li key={id} className="rounded-lg border border-stone-200 bg-white p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <ActivityStatusBadge status={activity.status} hasLeadUnit />
                  <Link href={`/activities/${activity.id}`} className={linkClass}>
                    {activity.title}
                  </Link>
                </div>
                <p className="mt-1 text-sm text-stone-600">
                  <PlannedWhen
                    year={activity.year}
                    month={activity.plannedMonth}
                    date={activity.plannedDate}
                    withYear
                  />
                  {" · "}
                  {t(`ParticipationStatus.${status}`)} · {t("headcountColumn")} {headcount}
                </p>
                {status === "JOINED" &&
                (activity.status === "OPEN" || activity.status === "CLOSED") &&
                today >= eventDay(activity) ? (
                  <p className="mt-2">
                    <Link href={`/checkin/${activity.id}`} className={primaryLink}>
                      {t("next.checkInHere")}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
