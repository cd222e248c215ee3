import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireSecretary } from "@/lib/core/auth/session";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { id as idField } from "@/lib/core/forms/fields";
import { getPublicNeed, getPublicNeedTitle, listUnitOffersOn } from "@/lib/pairing/needs/queries";
import { NeedFacts } from "@/components/pairing/needs/need-facts";
import { OfferStatusBadge, NeedStatusBadge } from "@/components/pairing/needs/need-status-badge";
import { OfferForm, WithdrawOfferForm } from "@/components/pairing/needs/offer-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { DetailList, DetailRow } from "@/components/ui/detail-list";

type Params = Promise<{ id: string }>;

const parseId = (raw: string) => (/^\d+$/.test(raw) ? (idField.safeParse(raw).data ?? null) : null);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseId((await params).id);
  const title = id === null ? null : await getPublicNeedTitle(id);
  return title ? { title } : {};
}

/** A need as the secretary sees it: the facts, the unit's offers on it, and offering or withdrawing. */
export default async function MyNeedPage({ params }: { params: Params }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/needs/${raw}`);
  const id = parseId(raw);
  const need = id === null ? null : await getPublicNeed(id);
  if (!need) notFound();
  const [t, tm, to, format, offers] = await Promise.all([
    getTranslations("pairing.needs.detail"),
    getTranslations("pairing.needs.my"),
    getTranslations("pairing.needs.offer"),
    getFormatter(),
    listUnitOffersOn(need.id, user.unitId),
  ]);
  const live = offers.find((offer) => offer.status === "OFFERED" || offer.status === "ACCEPTED");
  const takingOffers = need.status === "OPEN" || need.status === "MATCHED";
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <BackLink href="/my/needs" label={tm("title")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold leading-tight">{need.title}</h1>
          <NeedStatusBadge status={need.status} />
        </div>
        <Link href={`/needs/${need.id}`} className="text-sm text-brand-700 underline underline-offset-2">
          {to("viewPublic")}
        </Link>
      </header>

      {offers.length > 0 ? (
        <Card aria-labelledby="history-heading" className="space-y-3">
          <h2 id="history-heading" className="text-lg font-semibold">
            {to("historyHeading")}
          </h2>
          <ul className="space-y-3">
            {offers.map((offer) => (
              <li key={offer.id} className="space-y-2">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <OfferStatusBadge status={offer.status} />
                  <span>
                    {offer.availability
                      ? tm("offerSummary", { headcount: offer.headcount, availability: offer.availability })
                      : tm("offerHeadcount", { headcount: offer.headcount })}{" "}
                    · {format.dateTime(offer.createdAt, { dateStyle: "medium", timeZone: beijingTimeZone })}
                  </span>
                </p>
                {offer.note ? (
                  <p className="whitespace-pre-line text-sm text-stone-700">{offer.note}</p>
                ) : null}
                {offer.status === "OFFERED" ? <WithdrawOfferForm offerId={offer.id} /> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {!live && takingOffers ? <OfferForm needId={need.id} /> : null}
      {!takingOffers ? <p className="text-stone-700">{to("notTaking")}</p> : null}

      <Card variant="outlined">
        <DetailList>
          <DetailRow label={t("description")}>
            <p className="whitespace-pre-line">{need.description}</p>
          </DetailRow>
          <NeedFacts need={need} />
        </DetailList>
      </Card>
    </article>
  );
}
