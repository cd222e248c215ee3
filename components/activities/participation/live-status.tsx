import { getTranslations } from "next-intl/server";
import { activityCounts, type ReportCountsRow } from "@/lib/activities/plan/activity-counts";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

type Activity = {
  status: ActivityStatus;
  capacity?: number | null;
  leadUnit: unknown;
  _count?: { participations: number };
  joinedHeadcount?: number;
  report: ReportCountsRow;
};

type LiveTranslator = Awaited<ReturnType<typeof getTranslations<"activities.participation">>>;

/**
 * An activity's live line (plan cards, the unit's list): how many units signed up against the
 * capacity while it runs, the report's figures once it is reported; null when there is none.
 */
export function liveStatusText(t: LiveTranslator, activity: Activity, reportOnly = false): string | null {
  // Unclaimed activities already carry the "待认领" badge; saying it twice adds nothing.
  if (activity.leadUnit === null) return null;
  const counts = activityCounts({
    status: activity.status,
    capacity: activity.capacity ?? null,
    joinedUnits: activity._count?.participations ?? 0,
    joinedHeadcount: activity.joinedHeadcount ?? 0,
    report: activity.report,
  });
  if (counts.kind === "signUps" && reportOnly) return null;
  if (counts.kind === "reported") return t("reportedCounts", { units: counts.units, people: counts.people });
  if (counts.kind === "revising") return t("reportRevising");
  if (counts.capacity === null) return t("planJoined", { units: counts.units });
  return t("planJoinedCapacity", { units: counts.units, people: counts.people, capacity: counts.capacity });
}

export async function LiveStatus({
  activity,
  reportOnly = false,
}: {
  activity: Activity;
  reportOnly?: boolean;
}) {
  const text = liveStatusText(await getTranslations("activities.participation"), activity, reportOnly);
  return text === null ? null : <p className="text-sm text-stone-700">{text}</p>;
}
