import { getTranslations } from "next-intl/server";
import { getUnitCommitments } from "@/lib/activities/commitments/queries";
import { countDone } from "@/lib/activities/commitments/score";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { CommitmentList } from "./commitment-list";

/**
 * A unit's five for the current year on its public page: statuses and evidence titles only.
 * Record descriptions and rosters are private; activities of draft lists are not counted.
 */
export async function PublicCommitments({ unitId }: { unitId: number }) {
  const year = beijingYearMonth().year;
  const [t, items] = await Promise.all([
    getTranslations("activities.commitments"),
    getUnitCommitments(unitId, year, { publicOnly: true }),
  ]);
  return (
    <section aria-labelledby="public-commitments-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="public-commitments-heading" className="text-lg font-semibold">
          {t("publicTitle", { year })}
        </h2>
        <span className="text-sm text-stone-600">{t("doneCount", { done: countDone(items) })}</span>
      </div>
      <CommitmentList items={items} />
    </section>
  );
}
