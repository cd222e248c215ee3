import { getTranslations } from "next-intl/server";
import { listUnitPublicPairings } from "@/lib/pairing/pairings/queries";
import { PairingSummary } from "./pairing-summary";

/** A unit's public page: the communities it is paired with (结对社区), running ones first. */
export async function UnitPairings({ unitId }: { unitId: number }) {
  const [t, pairings] = await Promise.all([
    getTranslations("pairing.pairings"),
    listUnitPublicPairings(unitId),
  ]);
  if (pairings.length === 0) return null;
  return (
    <section aria-labelledby="unit-pairings-heading" className="space-y-3">
      <h2 id="unit-pairings-heading" className="text-lg font-semibold">
        {t("unitSectionTitle")}
      </h2>
      <ul className="space-y-3">
        {pairings.map((pairing) => (
          <li key={pairing.id} className="rounded-lg border border-stone-200 bg-white p-3">
            <PairingSummary pairing={pairing} href={`/pairings/${pairing.id}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
