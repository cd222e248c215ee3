import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { countUnitPairings } from "@/lib/pairing/pairings/queries";
import { Card } from "@/components/ui/card";

/** /my: a small card with the unit's running pairings and proposals waiting, linking to /my/pairings. */
export async function MyPairingsCard({ unitId }: { unitId: number }) {
  const [t, counts] = await Promise.all([getTranslations("pairing.pairings"), countUnitPairings(unitId)]);
  return (
    <Card aria-labelledby="my-pairings-card-heading" className="space-y-2">
      <h2 id="my-pairings-card-heading" className="text-xl font-semibold">
        {t("cardTitle")}
      </h2>
      <p className="text-stone-800">
        {counts.running + counts.proposed === 0
          ? t("cardEmpty")
          : t("cardCounts", { running: counts.running, proposed: counts.proposed })}
      </p>
      <Link
        href="/my/pairings"
        className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
      >
        {t("cardLink")}
      </Link>
    </Card>
  );
}
