import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import { parseCommunityId } from "@/lib/pairing/communities/community-id";
import { communityFormValues } from "@/lib/pairing/communities/form-values";
import { getCommunityForAdmin, listSubdistricts, listUnitOptions } from "@/lib/pairing/communities/queries";
import { CommunityForm } from "@/components/pairing/communities/community-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.communities.admin");
  return { title: t("editTitle") };
}

/** Edits a community; the form carries its version, so a stale save is refused. */
export default async function EditCommunityPage({ params }: { params: Params }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/communities/${encodeURIComponent(raw)}`);
  const id = parseCommunityId(raw);
  const community = id === null ? null : await getCommunityForAdmin(id);
  if (!community) notFound();
  const [t, subdistricts, units] = await Promise.all([
    getTranslations("pairing.communities.admin"),
    listSubdistricts(),
    listUnitOptions(community.unitId),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <BackLink href="/admin/communities" label={t("back")} />
        <h1 className="text-2xl font-bold">{community.name}</h1>
        <p className="text-sm text-stone-600">
          {community.subdistrict?.name ?? t("noSubdistrict")} ·{" "}
          <Link
            href={`/communities/${community.id}`}
            className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
          >
            {t("viewPublic")}
          </Link>
        </p>
      </header>
      <Card aria-labelledby="edit-heading" className="space-y-4">
        <h2 id="edit-heading" className="text-lg font-semibold">
          {t("editTitle")}
        </h2>
        <CommunityForm
          community={{ id: community.id, version: community.version }}
          defaults={communityFormValues(community)}
          subdistricts={subdistricts.map((subdistrict) => subdistrict.name)}
          units={units}
        />
      </Card>
    </div>
  );
}
