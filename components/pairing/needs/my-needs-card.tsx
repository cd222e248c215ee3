import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { Card } from "@/components/ui/card";
import { countUnitNeeds } from "@/lib/pairing/needs/queries";

/** The needs board's corner of the secretary's desk (/my): what is open, what the unit offered. */
export async function MyNeedsCard({ unitId }: { unitId: number }) {
  const [t, counts] = await Promise.all([getTranslations("pairing.needs.my"), countUnitNeeds(unitId)]);
  return (
    <Card aria-labelledby="my-needs-heading" className="space-y-2">
      <h2 id="my-needs-heading" className="text-lg font-semibold">
        {t("cardTitle")}
      </h2>
      <ul className="space-y-1 text-sm text-stone-800">
        <li>{t("cardOpen", { count: counts.open })}</li>
        {counts.waiting > 0 ? <li>{t("cardWaiting", { count: counts.waiting })}</li> : null}
        {counts.accepted > 0 ? <li>{t("cardAccepted", { count: counts.accepted })}</li> : null}
      </ul>
      <Link
        href="/my/needs"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
      >
        {t("cardLink")}
      </Link>
    </Card>
  );
}
