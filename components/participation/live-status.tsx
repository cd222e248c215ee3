import { getTranslations } from "next-intl/server";
import type { PlanItem } from "@/lib/activities/queries";

/** A plan card's live line: "待认领", or how many units signed up against the capacity. */
export async function LiveStatus({ item }: { item: PlanItem }) {
  const t = await getTranslations("participation");
  // Unclaimed items already carry the "待认领" badge; saying it twice adds nothing.
  if (item.leadUnit === null) return null;
  const units = item._count.participations;
  return (
    <p className="text-sm text-stone-700">
      {item.capacity === null
        ? t("planJoined", { units })
        : t("planJoinedCapacity", { units, people: item.joinedHeadcount, capacity: item.capacity })}
    </p>
  );
}
