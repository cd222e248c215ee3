import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireSecretary } from "@/lib/core/auth/session";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { listUnitOffers, loadUnitBoard } from "@/lib/pairing/needs/queries";
import { NeedCardItem } from "@/components/pairing/needs/need-card";
import { NeedStatusBadge, OfferStatusBadge } from "@/components/pairing/needs/need-status-badge";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.needs.my");
  return { title: t("title") };
}

const textLink = "text-brand-700 underline underline-offset-2";

/**
 * The board in the unit's own order ("needs first, locality second": paired communities, then
 * distance, each with its reason) and the unit's offers. Per request: it depends on the unit,
 * which is why the public /needs keeps one cached order for everybody.
 */
export default async function MyNeedsPage() {
  const user = await requireSecretary("/my/needs");
  const [t, format, board, offers] = await Promise.all([
    getTranslations("pairing.needs.my"),
    getFormatter(),
    loadUnitBoard(user.unitId),
    listUnitOffers(user.unitId),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>

      <section aria-labelledby="offers-heading" className="space-y-3">
        <h2 id="offers-heading" className="text-xl font-semibold">
          {t("offersHeading")}
        </h2>
        {offers.length === 0 ? (
          <p className="text-stone-600">{t("noOffers")}</p>
        ) : (
          <ul className="space-y-3">
            {offers.map((offer) => (
              <Card as="li" variant="outlined" key={offer.id} className="space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  {/* A cancelled need has no page left; its title stays, marked so. */}
                  {offer.need.status === "CANCELLED" ? (
                    <span className="font-medium">{offer.need.title}</span>
                  ) : (
                    <Link href={`/my/needs/${offer.need.id}`} className={`font-medium ${textLink}`}>
                      {offer.need.title}
                    </Link>
                  )}
                  <OfferStatusBadge status={offer.status} />
                  {offer.need.status === "CANCELLED" ? <NeedStatusBadge status="CANCELLED" /> : null}
                </div>
                <p className="text-sm text-stone-700">
                  {offer.need.community.name} ·{" "}
                  {offer.availability
                    ? t("offerSummary", { headcount: offer.headcount, availability: offer.availability })
                    : t("offerHeadcount", { headcount: offer.headcount })}{" "}
                  · {format.dateTime(offer.createdAt, { dateStyle: "medium", timeZone: beijingTimeZone })}
                </p>
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="board-heading" className="space-y-3">
        <h2 id="board-heading" className="text-xl font-semibold">
          {t("boardHeading")}
        </h2>
        {board.hasPoint ? null : (
          <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
            {t("setPoint")}{" "}
            <Link href="/my/unit" className={textLink}>
              {t("setPointLink")}
            </Link>
          </p>
        )}
        {board.needs.length === 0 ? (
          <p className="text-stone-600">{t("noNeeds")}</p>
        ) : (
          <ul className="space-y-4">
            {board.needs.map((need) => (
              <NeedCardItem
                key={need.id}
                need={need}
                href={`/my/needs/${need.id}`}
                reason={need.reason}
                myOffer={need.myOffer}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
