import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listPublicCommunities } from "@/lib/pairing/communities/queries";
import { PublicCommunityList } from "@/components/pairing/communities/public-community-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.communities.public");
  return { title: t("title") };
}

/** The communities by subdistrict: the same for everybody and cached (issue 14). */
export default async function CommunitiesPage() {
  const [t, communities] = await Promise.all([
    getTranslations("pairing.communities.public"),
    listPublicCommunities(),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <PublicCommunityList communities={communities} />
    </div>
  );
}
