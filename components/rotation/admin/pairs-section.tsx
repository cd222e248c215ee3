import { getTranslations } from "next-intl/server";
import { AddPairForm, RemovePairForm } from "./pair-forms";
import { Card } from "@/components/ui/card";

/** Requested pairs: units that want to serve in a common month. */
export async function PairsSection({
  year,
  units,
  pairs,
}: {
  year: number;
  units: Array<{ id: number; name: string }>;
  pairs: Array<{ id: number; unitA: { name: string }; unitB: { name: string } }>;
}) {
  const t = await getTranslations("rotation.admin.pairs");
  return (
    <Card aria-labelledby="pairs-heading" className="space-y-3">
      <h2 id="pairs-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-700">{t("explain")}</p>
      {pairs.length === 0 ? <p className="text-sm text-stone-700">{t("none")}</p> : null}
      <ul className="space-y-1 text-sm">
        {pairs.map((pair) => (
          <li key={pair.id} className="flex flex-wrap items-center gap-3">
            <span>
              {pair.unitA.name} + {pair.unitB.name}
            </span>
            <RemovePairForm
              pairId={pair.id}
              label={t("removeLabel", { a: pair.unitA.name, b: pair.unitB.name })}
            />
          </li>
        ))}
      </ul>
      <AddPairForm year={year} units={units.map(({ id, name }) => ({ id, name }))} />
    </Card>
  );
}
