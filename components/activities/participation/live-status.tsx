import { getTranslations } from "next-intl/server";
import { activityCounts, type ReportCountsRow } from "@/lib/activities/plan/activity-counts";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

type Item = {
  status: ActivityStatus;
  capacity?: number | null;
  leadUnit: unknown;
  _count?: { participations: number };
  joinedHeadcount?: number;
  report: ReportCountsRow;
};

/**
 * An item's live line (plan cards, the unit's list): how many units signed up against the
 * capacity while it runs, the report's figures once it is reported.
 */
export async function LiveStatus({ item, reportOnly = false }: { item: Item; reportOnly?: boolean }) {
  const t = await getTranslations("activities.participation");
  // Unclaimed items already carry the "待认领" badge; saying it twice adds nothing.
  if (item.leadUnit === null) return null;
  const counts = activityCounts({
    status: item.status,
    capacity: item.capacity ?? null,
    joinedUnits: item._count?.participations ?? 0,
    joinedHeadcount: item.joinedHeadcount ?? 0,
    report: item.report,
  });
  if (counts.kind === "signUps" && reportOnly) return null;
  return (
    <p className="text-sm text-stone-700">
      {counts.kind === "reported"
        ? t("reportedCounts", { units: counts.units, people: counts.people })
        : counts.kind === "revising"
          ? t("reportRevising")
          : counts.capacity === null
            ? t("planJoined", { units: counts.units })
            : t("planJoinedCapacity", {
                units: counts.units,
                people: counts.people,
                capacity: counts.capacity,
              })}
    </p>
  );
}
