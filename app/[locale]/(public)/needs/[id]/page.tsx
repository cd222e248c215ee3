import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { id as idField } from "@/lib/core/forms/fields";
import { getPublicNeed, getPublicNeedTitle } from "@/lib/pairing/needs/queries";
import { NeedFacts } from "@/components/pairing/needs/need-facts";
import { NeedStatusBadge } from "@/components/pairing/needs/need-status-badge";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { DetailList, DetailRow } from "@/components/ui/detail-list";

type Params = Promise<{ id: string }>;

const parseId = (raw: string) => (/^\d+$/.test(raw) ? (idField.safeParse(raw).data ?? null) : null);

// Rendered on first request, then served from the cache (issue 14): the same for everybody.
// Offering help is a member page (/my/needs/[id]) behind a plain link, so this page reads no
// session; need writes expire it (needChanged in lib/core/site/revalidate-public.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseId((await params).id);
  const title = id === null ? null : await getPublicNeedTitle(id);
  return title ? { title } : {};
}

export default async function NeedPage({ params }: { params: Params }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const need = await getPublicNeed(id);
  if (!need) notFound();
  const t = await getTranslations("pairing.needs.detail");
  const takingOffers = need.status === "OPEN" || need.status === "MATCHED";
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <BackLink href="/needs" label={t("back")} />
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{need.title}</h1>
          <NeedStatusBadge status={need.status} />
        </div>
        {takingOffers ? (
          <div className="space-y-1">
            <ButtonLink href={`/my/needs/${need.id}`}>{t("offerLink")}</ButtonLink>
            <p className="text-sm text-stone-600">{t("offerHint")}</p>
          </div>
        ) : null}
      </header>

      {need.photos.length > 0 ? (
        <section aria-label={t("photos")} className="flex snap-x gap-3 overflow-x-auto">
          {need.photos.map((photo, index) => (
            <figure key={photo.id} className="shrink-0 snap-start">
              {/* eslint-disable-next-line @next/next/no-img-element -- served from the database by a route */}
              <img
                src={`/needs/${need.id}/photos/${photo.id}`}
                alt={photo.caption || t("photoAlt", { title: need.title, index: index + 1 })}
                className="h-48 w-auto rounded-md object-cover"
                loading="lazy"
              />
              {photo.caption ? (
                <figcaption className="text-xs text-stone-600">{photo.caption}</figcaption>
              ) : null}
            </figure>
          ))}
        </section>
      ) : null}

      <Card variant="outlined">
        <DetailList>
          <DetailRow label={t("description")}>
            <p className="whitespace-pre-line">{need.description}</p>
          </DetailRow>
          <NeedFacts need={need} />
          {need.acceptedUnits.length > 0 ? (
            <DetailRow label={t("acceptedUnits")}>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {need.acceptedUnits.map((unit) => (
                  <li key={unit.slug}>
                    <Link
                      href={`/units/${unit.slug}`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {unit.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </DetailRow>
          ) : null}
          {need.activity ? (
            <DetailRow label={t("activity")}>
              <Link
                href={`/activities/${need.activity.id}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {need.activity.title}
              </Link>
            </DetailRow>
          ) : null}
          {need.status === "CLOSED" ? (
            <DetailRow label={t("outcome")}>
              <p className="whitespace-pre-line">{need.outcome}</p>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>
    </article>
  );
}
