import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { PlanActivity } from "@/lib/activities/plan/queries";
import { ActivityForms } from "./activity-forms";
import { ActivityStatusBadge } from "./activity-status-badge";
import { LiveStatus } from "@/components/activities/participation/live-status";
import { PlannedWhen } from "./planned-when";
import { Card } from "@/components/ui/card";

/** One activity of the list as a card; the title links to its page. */
export async function ActivityCard({ activity, year }: { activity: PlanActivity; year: number }) {
  const t = await getTranslations("activities.plan");
  const te = await getTranslations("core.enums");
  const lead = activity.leadUnit;
  return (
    <Card as="article" variant="outlined" className="flex h-full flex-col gap-3 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-base font-semibold leading-snug">
          <Link
            href={`/activities/${activity.id}`}
            className="text-stone-900 hover:text-brand-700 hover:underline"
          >
            {activity.title}
          </Link>
        </h3>
        <ActivityStatusBadge status={activity.status} hasLeadUnit={lead !== null} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t("plannedWhen")}</dt>
        <dd>
          <PlannedWhen year={year} month={activity.plannedMonth} date={activity.plannedDate} />
        </dd>
        <dt className="text-stone-600">{t("type")}</dt>
        <dd>{te(`ActivityType.${activity.type}`)}</dd>
        <dt className="text-stone-600">{t("commitment")}</dt>
        <dd>{te(`Commitment.${activity.commitment}`)}</dd>
        {/* An unclaimed activity has no lead-unit row: its "unclaimed" badge already says so. */}
        {lead === null ? null : (
          <>
            <dt className="text-stone-600">{t("leadUnit")}</dt>
            <dd>
              {lead.status === "WITHDRAWN" ? (
                <span>{lead.shortName}</span>
              ) : (
                <Link
                  href={`/units/${lead.slug}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {lead.shortName}
                </Link>
              )}
            </dd>
          </>
        )}
      </dl>
      <LiveStatus activity={activity} />
      <div className="mt-auto">
        <ActivityForms channel={activity.channel} format={activity.format} reach={activity.reach} />
      </div>
    </Card>
  );
}
