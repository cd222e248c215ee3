import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { parsePairingId } from "@/lib/pairing/pairings/params";
import { getPairingWork, getPublicPairing } from "@/lib/pairing/pairings/queries";
import { PairingHistory } from "@/components/pairing/pairings/pairing-history";
import { PairingStatusBadge } from "@/components/pairing/pairings/pairing-status-badge";
import { PairingWorkSections } from "@/components/pairing/pairings/pairing-work";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { DetailList, DetailRow } from "@/components/ui/detail-list";

type Params = Promise<{ id: string }>;

// Rendered on first request, then served from the cache (issue 14): the same for everybody.
// Proposals and declined pairings are not public: they are "not found" here.
export function generateStaticParams() {
  return [];
}

async function load(params: Params) {
  const id = parsePairingId((await params).id);
  return id === null ? null : getPublicPairing(id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const pairing = await load(params);
  if (!pairing) return {};
  const t = await getTranslations("pairing.pairings");
  return { title: t("pageTitle", { community: pairing.community.name }) };
}

export default async function PairingPage({ params }: { params: Params }) {
  const pairing = await load(params);
  if (!pairing) notFound();
  const [t, format, work] = await Promise.all([
    getTranslations("pairing.pairings"),
    getFormatter(),
    getPairingWork({
      communityId: pairing.community.id,
      unitIds: pairing.units.map(({ unit }) => unit.id),
      startsOn: pairing.startsOn,
    }),
  ]);
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/pairings" label={t("backToPublic")} />
      <header className="space-y-2">
        <p className="text-sm text-stone-600">
          {pairing.community.subdistrict?.name}
          {pairing.community.subdistrict ? " · " : ""}
          {t(pairing.units.length > 1 ? "shape.group" : "shape.single")}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold leading-tight break-words sm:text-3xl">
            {t("pageTitle", { community: pairing.community.name })}
          </h1>
          <PairingStatusBadge status={pairing.status} />
        </div>
      </header>
      <Card variant="outlined" aria-label={t("detailsTitle")}>
        <DetailList>
          <DetailRow label={t("communityTitle")}>
            <Link
              href={`/communities/${pairing.community.id}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {pairing.community.name}
            </Link>
          </DetailRow>
          <DetailRow label={t("unitsTitle", { count: pairing.units.length })}>
            <ul className="space-y-1">
              {pairing.units.map(({ unit }) => (
                <li key={unit.id}>
                  <Link href={`/units/${unit.slug}`} className="text-brand-700 underline underline-offset-2">
                    {unit.name}
                  </Link>
                </li>
              ))}
            </ul>
          </DetailRow>
          <DetailRow label={t("startsOn")}>
            <time dateTime={pairing.startsOn.toISOString().slice(0, 10)}>
              {format.dateTime(pairing.startsOn, { timeZone: "UTC", dateStyle: "long" })}
            </time>
          </DetailRow>
          <DetailRow label={t("focusTitle")}>
            {pairing.focusAreas.map((area) => t(`focus.${area}`)).join(t("unitSeparator"))}
          </DetailRow>
          {pairing.note ? (
            <DetailRow label={t("aboutTitle")}>
              <p className="whitespace-pre-line break-words">{pairing.note}</p>
            </DetailRow>
          ) : null}
          {pairing.status !== "ACTIVE" && pairing.reason ? (
            <DetailRow label={t("reasonTitle")}>
              <p className="whitespace-pre-line break-words">{pairing.reason}</p>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>
      <PairingWorkSections work={work} />
      <PairingHistory events={pairing.events} headingId="history-heading" />
    </article>
  );
}
