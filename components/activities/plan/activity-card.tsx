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
    <Card as="article" variant="outlined" className="list-card">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-base font-semibold leading-snug">
          <Link href={`/activities/${activity.id}`} className="title-link">
            {activity.title}
          </Link>
        </h3>
        <ActivityStatusBadge status={activity.status} hasLeadUnit={lead !== null} />
      </div>
      <dl className="facts">
        <dt>{t("plannedWhen")}</dt>
        <dd>
          <PlannedWhen year={year} month={activity.plannedMonth} date={activity.plannedDate} />
        </dd>
        <dt>{t("type")}</dt>
        <dd>{te(`ActivityType.${activity.type}`)}</dd>
        <dt>{t("commitment")}</dt>
        <dd>{te(`Commitment.${activity.commitment}`)}</dd>
        {/* An unclaimed activity has no lead-unit row: its "unclaimed" badge already says so. */}
        {lead === null ? null : (
          <>
            <dt>{t("leadUnit")}</dt>
            <dd>
              {lead.status === "WITHDRAWN" ? (
                <span>{lead.shortName}</span>
              ) : (
                <Link href={`/units/${lead.slug}`} className="text-link">
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
