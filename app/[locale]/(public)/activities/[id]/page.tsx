import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForms } from "@/components/activities/plan/activity-forms";
import { ActivityStatusBadge } from "@/components/activities/plan/activity-status-badge";
import { PlannedWhen } from "@/components/activities/plan/planned-when";
import { ActivityActions } from "@/components/activities/participation/activity-actions";
import { PublicReport } from "@/components/activities/reports/public-report";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { parseActivityId, planHref } from "@/lib/activities/plan/plan-filters";
import { getPublicActivity } from "@/lib/activities/plan/queries";
import { UnclaimedHint } from "@/components/activities/participation/unclaimed-hint";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ id: string }>;

// Rendered on first request, then served from the cache (issue 14): nothing here reads the
// session; the visitor's own part (hints, claim and sign-up buttons) is an island.
export function generateStaticParams() {
  return [];
}

async function load(params: Params) {
  const id = parseActivityId((await params).id);
  return id === null ? null : getPublicActivity(id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const activity = await load(params);
  return activity ? { title: activity.title } : {};
}

export default async function ActivityPage({ params }: { params: Params }) {
  const activity = await load(params);
  if (!activity) notFound();
  const t = await getTranslations("activities.detail");
  const tp = await getTranslations("activities.plan");
  const te = await getTranslations("core.enums");
  const lead = activity.leadUnit;
  const venue = activity.venue;

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <BackLink href={planHref({ year: activity.year })} label={t("backToPlan", { year: activity.year })} />
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <ActivityStatusBadge status={activity.status} hasLeadUnit={lead !== null} />
          <span className="text-sm text-stone-600">{t("inPlan", { title: activity.plan.title })}</span>
        </div>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{activity.title}</h1>
      </header>

      <Card variant="outlined" aria-labelledby="details-heading" className="sm:p-5">
        <h2 id="details-heading" className="sr-only">
          {t("detailsTitle")}
        </h2>
        <DetailList>
          <DetailRow label={t("leadUnit")}>
            {lead === null ? (
              <span>
                <span className="font-medium text-amber-900">{tp("unclaimed")}</span>
                <UnclaimedHint activityId={activity.id} />
              </span>
            ) : lead.status === "WITHDRAWN" ? (
              lead.name
            ) : (
              <Link href={`/units/${lead.slug}`} className="text-brand-700 underline underline-offset-2">
                {lead.name}
              </Link>
            )}
          </DetailRow>
          <DetailRow label={t("plannedWhen")}>
            <PlannedWhen
              year={activity.year}
              month={activity.plannedMonth}
              date={activity.plannedDate}
              withYear
            />
          </DetailRow>
          <DetailRow label={t("type")}>{te(`ActivityType.${activity.type}`)}</DetailRow>
          <DetailRow label={t("commitment")}>{te(`Commitment.${activity.commitment}`)}</DetailRow>
          <DetailRow label={t("forms")}>
            <ActivityForms channel={activity.channel} format={activity.format} reach={activity.reach} />
          </DetailRow>
          <DetailRow label={t("place")}>{activity.place.trim() || t("toBeDecided")}</DetailRow>
          {venue ? (
            <DetailRow label={t("venue")}>
              {venue.name}
              {venue.unit.status === "WITHDRAWN" ? null : (
                <>
                  {" · "}
                  <Link
                    href={`/units/${venue.unit.slug}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {venue.unit.shortName}
                  </Link>
                </>
              )}
              {venue.address ? <span className="block text-sm text-stone-600">{venue.address}</span> : null}
            </DetailRow>
          ) : null}
          {activity.community ? (
            <DetailRow label={t("community")}>
              <Link
                href={`/communities/${activity.community.id}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {/* Some names already include their subdistrict ("和平路街道江滨社区"): not repeated. */}
                {activity.community.subdistrict &&
                !activity.community.name.includes(activity.community.subdistrict.name)
                  ? t("communityValue", {
                      name: activity.community.name,
                      subdistrict: activity.community.subdistrict.name,
                    })
                  : activity.community.name}
              </Link>
            </DetailRow>
          ) : null}
          {activity.capacity !== null ? (
            <DetailRow label={t("capacity")}>{t("capacityValue", { count: activity.capacity })}</DetailRow>
          ) : null}
        </DetailList>
      </Card>

      <ActivityActions activity={activity} />

      <section aria-labelledby="description-heading" className="space-y-2">
        <h2 id="description-heading" className="text-lg font-semibold">
          {t("descriptionTitle")}
        </h2>
        {activity.description.trim() ? (
          <p className="whitespace-pre-line leading-relaxed text-stone-800">{activity.description}</p>
        ) : (
          <p className="text-stone-600">{t("noDescription")}</p>
        )}
      </section>
      <PublicReport activityId={activity.id} />
    </article>
  );
}
