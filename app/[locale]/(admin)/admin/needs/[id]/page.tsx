import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import { beijingTimeZone, beijingYearMonth } from "@/lib/core/time/beijing";
import { id as idField } from "@/lib/core/forms/fields";
import { getAdminNeed, listMatchTargets, listNeedCommunities } from "@/lib/pairing/needs/queries";
import { skillsText } from "@/lib/pairing/needs/skills";
import { NeedForm } from "@/components/pairing/needs/need-form";
import { NeedPhotosPanel } from "@/components/pairing/needs/need-photos-panel";
import { NeedDecisions } from "@/components/pairing/needs/need-decisions";
import { NeedStatusBadge } from "@/components/pairing/needs/need-status-badge";
import { NeedOffersList } from "@/components/pairing/needs/need-offers-list";
import { communityOptions, matchOptions } from "@/components/pairing/needs/options";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

const parseId = (raw: string) => (/^\d+$/.test(raw) ? (idField.safeParse(raw).data ?? null) : null);
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseId((await params).id);
  const need = id === null ? null : await getAdminNeed(id);
  return need ? { title: need.title } : {};
}

/** One need for the committee: edit it, its photos, decide offers, match it, close or cancel it. */
export default async function AdminNeedPage({ params }: { params: Params }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/needs/${raw}`);
  const id = parseId(raw);
  const need = id === null ? null : await getAdminNeed(id);
  if (!need) notFound();
  const [t, format, communities, targets] = await Promise.all([
    getTranslations("pairing.needs.admin"),
    getFormatter(),
    listNeedCommunities(),
    listMatchTargets(),
  ]);
  const live = need.status === "OPEN" || need.status === "MATCHED";
  const options = await matchOptions(targets);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/admin/needs?status=${need.status}`} label={t("title")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{need.title}</h1>
          <NeedStatusBadge status={need.status} />
        </div>
        <p className="text-sm text-stone-700">{need.community.name}</p>
        {need.activity ? (
          <p>
            <Link
              href={`/admin/plan/${need.activity.year}/activities/${need.activity.id}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {t("matchedTo", { title: need.activity.title, year: need.activity.year })}
            </Link>
          </p>
        ) : null}
        {need.status === "CLOSED" ? <p className="whitespace-pre-line">{need.outcome}</p> : null}
        {need.status === "CANCELLED" ? <p>{t("cancelledNote", { reason: need.outcome })}</p> : null}
        {need.status !== "CANCELLED" ? (
          <p>
            <Link href={`/needs/${need.id}`} className="text-sm text-brand-700 underline underline-offset-2">
              {t("viewPublic")}
            </Link>
          </p>
        ) : null}
      </header>

      <Card aria-labelledby="offers-heading" className="space-y-3">
        <h2 id="offers-heading" className="text-lg font-semibold">
          {t("offersHeading")}
        </h2>
        <NeedOffersList
          offers={need.offers.map((offer) => ({
            ...offer,
            offeredOn: format.dateTime(offer.createdAt, { dateStyle: "medium", timeZone: beijingTimeZone }),
          }))}
          decide={live}
        />
      </Card>

      {live ? (
        <NeedDecisions
          needId={need.id}
          version={need.version}
          open={need.status === "OPEN"}
          prefill={{
            title: need.title,
            description: need.description.slice(0, 2000),
            // This year's list if it exists (the usual choice), else the newest.
            year:
              options.years.find((y) => y.value === String(beijingYearMonth().year))?.value ??
              options.years[0]?.value ??
              "",
            month: String((need.startsOn ?? new Date()).getUTCMonth() + 1),
          }}
          options={options}
        />
      ) : null}

      <Card aria-labelledby="photos-heading" className="space-y-3">
        <h2 id="photos-heading" className="text-lg font-semibold">
          {t("photosHeading")}
        </h2>
        <NeedPhotosPanel needId={need.id} photos={need.photos} canUpload={live} />
      </Card>

      {live ? (
        <section aria-labelledby="edit-heading" className="space-y-3">
          <h2 id="edit-heading" className="text-lg font-semibold">
            {t("edit")}
          </h2>
          <NeedForm
            communities={communityOptions(communities)}
            need={{
              needId: need.id,
              version: need.version,
              communityId: String(need.communityId),
              title: need.title,
              description: need.description,
              address: need.address,
              latitude: need.latitude,
              longitude: need.longitude,
              startsOn: day(need.startsOn),
              endsOn: day(need.endsOn),
              volunteersWanted: need.volunteersWanted?.toString() ?? "",
              skills: skillsText(need.skills),
              sizeValue: need.sizeValue,
              sizeUnit: need.sizeUnit,
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
