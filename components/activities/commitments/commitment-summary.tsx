import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getUnitCommitments } from "@/lib/activities/commitments/queries";
import { countDone } from "@/lib/activities/commitments/score";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { CommitmentList } from "./commitment-list";

/** The secretary's five for the current year, on /my. */
export async function CommitmentSummary({ unitId }: { unitId: number }) {
  const year = beijingYearMonth().year;
  const [t, items] = await Promise.all([
    getTranslations("activities.commitments"),
    getUnitCommitments(unitId, year),
  ]);
  return (
    <section aria-labelledby="commitments-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="commitments-heading" className="text-lg font-semibold">
          {t("summaryTitle", { year })}
        </h2>
        <span className="text-sm text-stone-600">{t("doneCount", { done: countDone(items) })}</span>
      </div>
      <CommitmentList items={items} />
      <Link href="/my/commitments" className="inline-block text-sm text-brand-700 underline">
        {t("manage")}
      </Link>
    </section>
  );
}
