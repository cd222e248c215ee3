import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PlanActivity } from "@/lib/activities/plan/queries";
import { liveStatusText } from "@/components/activities/participation/live-status";
import { ActivityCardList, type ActivityCardLabels, type ActivityCardRow } from "./activity-card-list";
import { statusBadgeText } from "./activity-status-badge";
import { plannedWhenText } from "./planned-when";

/**
 * The cards' labels, one object per request: /plan renders a card list per month, and React
 * sends an object it has already sent as a reference, so the labels travel once per page.
 */
const cardLabels = cache(async (): Promise<ActivityCardLabels> => {
  const t = await getTranslations("activities.plan");
  return {
    plannedWhen: t("plannedWhen"),
    type: t("type"),
    commitment: t("commitment"),
    leadUnit: t("leadUnit"),
    forms: t("forms"),
  };
});

/**
 * Activities of the list as cards (the title links to the activity's page): translates and
 * formats each row here, on the server, and hands <ActivityCardList> only the strings it shows.
 */
export async function ActivityCards({ activities, year }: { activities: PlanActivity[]; year: number }) {
  const [labels, tc, te, tl, format, badge] = await Promise.all([
    cardLabels(),
    getTranslations("core.common"),
    getTranslations("core.enums"),
    getTranslations("activities.participation"),
    getFormatter(),
    statusBadgeText(),
  ]);
  const rows = activities.map((activity): ActivityCardRow => {
    const lead = activity.leadUnit;
    return {
      id: activity.id,
      title: activity.title,
      status: badge({ status: activity.status, hasLeadUnit: lead !== null }),
      when: plannedWhenText(format, tc, { year, month: activity.plannedMonth, date: activity.plannedDate }),
      type: te(`ActivityType.${activity.type}`),
      commitment: te(`Commitment.${activity.commitment}`),
      lead: lead && { slug: lead.status === "WITHDRAWN" ? null : lead.slug, name: lead.shortName },
      live: liveStatusText(tl, activity),
      forms: [
        te(`ActivityChannel.${activity.channel}`),
        te(`ActivityFormat.${activity.format}`),
        te(`ActivityReach.${activity.reach}`),
      ],
    };
  });
  return <ActivityCardList labels={labels} rows={rows} />;
}
