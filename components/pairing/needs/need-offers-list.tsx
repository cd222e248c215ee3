import { getTranslations } from "next-intl/server";
import type { NeedOfferStatus } from "@/lib/generated/prisma/enums";
import { OfferStatusBadge } from "./need-status-badge";
import { OfferDecision } from "./offer-decision";

type Offer = {
  id: number;
  headcount: number;
  availability: string;
  note: string;
  status: NeedOfferStatus;
  offeredOn: string;
  unit: { name: string };
  offeredBy: { name: string };
};

/** The units' offers on a need, oldest first; waiting ones with the admin's two answers. */
export async function NeedOffersList({ offers, decide }: { offers: Offer[]; decide: boolean }) {
  const t = await getTranslations("pairing.needs.admin");
  if (offers.length === 0) return <p className="text-stone-700">{t("noOffers")}</p>;
  return (
    <ul className="divide-y divide-stone-200">
      {offers.map((offer) => (
        <li key={offer.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-2">
            <p className="font-medium">
              {t("offerLine", { unit: offer.unit.name, headcount: offer.headcount })}
            </p>
            <OfferStatusBadge status={offer.status} />
          </div>
          {offer.availability ? <p className="text-sm">{offer.availability}</p> : null}
          {offer.note ? <p className="whitespace-pre-line text-sm text-stone-700">{offer.note}</p> : null}
          <p className="text-xs text-stone-600">
            {t("offeredBy", { name: offer.offeredBy.name, date: offer.offeredOn })}
          </p>
          {decide && offer.status === "OFFERED" ? (
            <OfferDecision offerId={offer.id} unitName={offer.unit.name} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
