import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { CommitmentGrid as Grid } from "@/lib/activities/commitments/grid";
import { commitments } from "@/lib/activities/commitments/score";
import { CommitmentStatusBadge } from "./status-badge";

/**
 * Units × 5 for one year: each cell says whether the unit claimed the commitment (a submitted
 * record) and whether an admin confirmed it; totals read "confirmed / claimed". On a phone the table scrolls sideways inside its own region while the
 * unit column stays put; every cell names its status in words for screen readers.
 */
export async function CommitmentGrid({ grid, year }: { grid: Grid; year: number }) {
  const [t, te] = await Promise.all([
    getTranslations("activities.commitments"),
    getTranslations("core.enums"),
  ]);
  if (grid.rows.length === 0) return <p className="text-stone-600">{t("noUnits")}</p>;
  const sticky = "sticky left-0 z-10 bg-white";
  return (
    <div className="space-y-2">
      <p
        className="text-sm text-stone-700"
        data-claimed={grid.grand.claimed}
        data-confirmed={grid.grand.confirmed}
        data-cells={grid.grand.cells}
      >
        {t("grandTotal", { ...grid.grand })}
      </p>
      <div
        role="region"
        aria-labelledby="grid-caption"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-stone-200 bg-white focus:outline-2 focus:outline-brand-700"
      >
        <table className="min-w-full border-collapse text-sm">
          <caption id="grid-caption" className="sr-only">
            {t("gridCaption", { year })}
          </caption>
          <thead>
            <tr className="border-b border-stone-200 text-left align-bottom">
              <th scope="col" className={`${sticky} min-w-36 p-2`}>
                {t("unit")}
              </th>
              {commitments.map((c) => (
                <th key={c} scope="col" className="min-w-28 p-2 font-medium">
                  {t(`commitment.${c}`)}
                </th>
              ))}
              <th scope="col" className="p-2">
                {t("done")}
              </th>
            </tr>
          </thead>
          <tbody>
            {grid.rows.map(({ unit, scores, confirmed, claimed }) => (
              <tr key={unit.id} className="border-b border-stone-100" data-unit={unit.slug}>
                <th scope="row" className={`${sticky} p-2 text-left font-normal`}>
                  <Link href={`/units/${unit.slug}`} className="text-brand-700 underline">
                    {unit.name}
                  </Link>
                  <span className="block text-xs text-stone-600">{te(`UnitCategory.${unit.category}`)}</span>
                </th>
                {scores.map((score) => {
                  const name = t(`commitment.${score.commitment}`);
                  const status = t(`status.${score.status}`);
                  return (
                    <td key={score.commitment} className="p-2" data-commitment={score.commitment}>
                      <CommitmentStatusBadge
                        status={score.status}
                        label={status}
                        context={t("statusContext", { commitment: name })}
                      />
                    </td>
                  );
                })}
                <td className="p-2 text-center font-medium" data-done>
                  {t("tally", { confirmed, claimed })}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="bg-stone-50 font-medium">
              <th scope="row" className={`${sticky} bg-stone-50 p-2 text-left`}>
                {t("totals")}
              </th>
              {commitments.map((c) => (
                <td key={c} className="p-2" data-total={c}>
                  {t("tally", grid.totals[c])}
                </td>
              ))}
              <td className="p-2 text-center" data-grand-total>
                {t("tally", grid.grand)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
