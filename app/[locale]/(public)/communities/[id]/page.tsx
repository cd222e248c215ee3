import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { parseCommunityId } from "@/lib/pairing/communities/community-id";
import { formatPoint, mapLink } from "@/lib/pairing/communities/map-point";
import { getPublicCommunity, getPublicCommunityName } from "@/lib/pairing/communities/queries";
import { CommunityContact } from "@/components/pairing/communities/community-contact";
import { CommunitySections } from "@/components/pairing/communities/community-sections";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { DetailList, DetailRow } from "@/components/ui/detail-list";

type Params = Promise<{ id: string }>;

// Rendered on first request, then served from the cache (issue 14): the contact person and
// phone are for members only, so they are not in this HTML but come from the island.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = parseCommunityId((await params).id);
  if (id === null) return {};
  const name = await getPublicCommunityName(id);
  return name ? { title: name } : {};
}

export default async function CommunityPage({ params }: { params: Params }) {
  const id = parseCommunityId((await params).id);
  if (id === null) notFound();
  const [t, community] = await Promise.all([
    getTranslations("pairing.communities.public"),
    getPublicCommunity(id),
  ]);
  if (!community) notFound();

  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <BackLink href="/communities" label={t("allCommunities")} />
      <header className="space-y-1">
        {community.subdistrict ? (
          <p className="text-sm text-stone-600">{community.subdistrict.name}</p>
        ) : null}
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{community.name}</h1>
      </header>

      <Card variant="outlined" aria-label={t("details")}>
        <DetailList>
          {community.subdistrict ? (
            <DetailRow label={t("subdistrict")}>{community.subdistrict.name}</DetailRow>
          ) : null}
          {community.address ? <DetailRow label={t("address")}>{community.address}</DetailRow> : null}
          {community.point ? (
            <DetailRow label={t("mapPoint")}>
              <span className="block">{formatPoint(community.point)}</span>
              <a
                href={mapLink(community.point, community.name)}
                rel="noopener noreferrer"
                target="_blank"
                className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
              >
                {t("openMap")}
              </a>
            </DetailRow>
          ) : null}
          {community.unit ? (
            <DetailRow label={t("ownUnit")}>
              {/* Only an active unit has a public page to link to. */}
              {community.unit.status === "ACTIVE" ? (
                <Link
                  href={`/units/${community.unit.slug}`}
                  className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
                >
                  {community.unit.shortName}
                </Link>
              ) : (
                community.unit.shortName
              )}
            </DetailRow>
          ) : null}
          {community.description ? (
            <DetailRow label={t("description")}>
              <p className="whitespace-pre-line">{community.description}</p>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>

      <CommunityContact communityId={community.id} />
      <CommunitySections community={community} />

      <p>
        <Link
          href="/communities"
          className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
        >
          {t("allCommunities")}
        </Link>
      </p>
    </article>
  );
}
