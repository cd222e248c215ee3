import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { UnitActivityList } from "@/components/activities/plan/unit-activity-list";
import { PublicCommitments } from "@/components/activities/commitments/public-commitments";
import { UnitReportNumbers } from "@/components/activities/reports/unit-report-numbers";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { UnitBadges } from "@/components/units/directory/unit-badges";
import { UnitPairings } from "@/components/pairing/pairings";
import { UnitServiceSites } from "@/components/pairing";
import { PublicUnitYear } from "@/components/overview/units/public-unit-year";
import { groupByYear } from "@/lib/activities/plan/plan-calendar";
import { listPublicUnitActivities } from "@/lib/activities/plan/queries";
import { getPublicUnit } from "@/lib/units/directory/queries";
import { getUnitLogoVersion, unitLogoPath } from "@/lib/units/directory/logo";
import { parseUnitSlug } from "@/lib/units/directory/unit-params";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the cache (issue 14): the same for everybody.
export function generateStaticParams() {
  return [];
}

async function load(params: Params) {
  const slug = parseUnitSlug((await params).slug);
  return slug === null ? null : getPublicUnit(slug);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const unit = await load(params);
  return unit ? { title: unit.name } : {};
}

export default async function UnitPage({ params }: { params: Params }) {
  const unit = await load(params);
  if (!unit) notFound();
  const [t, te, format, activities, logoVersion] = await Promise.all([
    getTranslations("units.directory"),
    getTranslations("core.enums"),
    getFormatter(),
    listPublicUnitActivities(unit.id),
    getUnitLogoVersion(unit.id),
  ]);
  const years = groupByYear(activities);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/units" label={t("backToUnits")} />
      <header className="space-y-3">
        {logoVersion ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already small
          <img
            src={unitLogoPath(unit.slug, logoVersion)}
            alt={t("logoAlt", { name: unit.name })}
            className="h-20 w-20 rounded border border-stone-200 bg-white object-contain"
          />
        ) : null}
        <p className="text-sm font-medium text-brand-700">{te(`UnitCategory.${unit.category}`)}</p>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{unit.name}</h1>
        <UnitBadges orgType={unit.orgType} inDistrict={unit.inDistrict} isDemo={unit.isDemo} />
        {unit.status === "SUSPENDED" ? (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("suspendedNote")}</p>
        ) : null}
      </header>

      <Card variant="outlined" aria-labelledby="profile-heading" className="sm:p-5">
        <h2 id="profile-heading" className="sr-only">
          {t("profileTitle")}
        </h2>
        <DetailList>
          <DetailRow label={t("shortName")}>{unit.shortName}</DetailRow>
          <DetailRow label={t("category")}>{te(`UnitCategory.${unit.category}`)}</DetailRow>
          <DetailRow label={t("orgType")}>{te(`LeagueOrgType.${unit.orgType}`)}</DetailRow>
          <DetailRow label={t("district")}>{te(unit.inDistrict ? "District.IN" : "District.OUT")}</DetailRow>
          <DetailRow label={t("joinedOn")}>
            <time dateTime={unit.joinedOn.toISOString().slice(0, 10)}>
              {format.dateTime(unit.joinedOn, {
                timeZone: "UTC",
                year: "numeric",
                month: "long",
                day: "numeric",
              })}
            </time>
          </DetailRow>
          {unit.address.trim() ? <DetailRow label={t("address")}>{unit.address}</DetailRow> : null}
          {unit.contactPhone ? (
            <DetailRow label={t("phone")}>
              <a
                href={`tel:${unit.contactPhone.replace(/[^\d+]/g, "")}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {unit.contactPhone}
              </a>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>

      <section aria-labelledby="intro-heading" className="space-y-2">
        <h2 id="intro-heading" className="text-lg font-semibold">
          {t("introTitle")}
        </h2>
        {unit.intro.trim() ? (
          <p className="whitespace-pre-line leading-relaxed text-stone-800">{unit.intro}</p>
        ) : (
          <p className="text-stone-600">{t("noIntro")}</p>
        )}
      </section>

      <PublicUnitYear unitId={unit.id} slug={unit.slug} />

      <section aria-labelledby="activities-heading" className="space-y-3">
        <h2 id="activities-heading" className="text-lg font-semibold">
          {t("activitiesTitle")}
        </h2>
        {years.length > 0 ? (
          <p className="text-sm">
            <a
              href={`/units/${unit.slug}/plan.ics`}
              type="text/calendar"
              className="font-medium text-brand-700 underline underline-offset-2"
            >
              {t("subscribe")}
            </a>
          </p>
        ) : null}
        {years.length === 0 ? (
          <p className="text-stone-600">{t("noActivities")}</p>
        ) : (
          years.map((group) => (
            <section key={group.year} aria-labelledby={`year-${group.year}-heading`} className="space-y-2">
              <h3 id={`year-${group.year}-heading`} className="font-semibold text-stone-700">
                {t("yearHeading", { year: group.year })}
              </h3>
              <UnitActivityList activities={group.activities} />
            </section>
          ))
        )}
      </section>
      <UnitReportNumbers unitId={unit.id} />
      <UnitServiceSites unitId={unit.id} />
      <PublicCommitments unitId={unit.id} />
      <UnitPairings unitId={unit.id} />
    </article>
  );
}
