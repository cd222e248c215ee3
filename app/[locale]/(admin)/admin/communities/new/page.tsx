import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { newCommunityValues } from "@/lib/pairing/communities/form-values";
import { listSubdistricts, listUnitOptions } from "@/lib/pairing/communities/queries";
import { CommunityForm } from "@/components/pairing/communities/community-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.communities.admin");
  return { title: t("newTitle") };
}

export default async function NewCommunityPage() {
  await requireAdmin("/admin/communities/new");
  const [t, subdistricts, units] = await Promise.all([
    getTranslations("pairing.communities.admin"),
    listSubdistricts(),
    listUnitOptions(),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <BackLink href="/admin/communities" label={t("back")} />
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      </header>
      <Card as="div">
        <CommunityForm
          defaults={newCommunityValues}
          subdistricts={subdistricts.map((subdistrict) => subdistrict.name)}
          units={units}
        />
      </Card>
    </div>
  );
}
