import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listNeedCommunities } from "@/lib/pairing/needs/queries";
import { NeedForm } from "@/components/pairing/needs/need-form";
import { BackLink } from "@/components/ui/back-link";
import { communityOptions } from "@/components/pairing/needs/options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.needs.admin");
  return { title: t("newTitle") };
}

/** Posting a need for a community (the community's contact asks the committee, who posts it). */
export default async function NewNeedPage() {
  await requireAdmin("/admin/needs/new");
  const [t, communities] = await Promise.all([getTranslations("pairing.needs.admin"), listNeedCommunities()]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <BackLink href="/admin/needs" label={t("title")} />
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <NeedForm communities={communityOptions(communities)} />
    </div>
  );
}
