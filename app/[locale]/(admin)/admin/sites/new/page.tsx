import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listSiteFormChoices } from "@/lib/pairing/sites/queries";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { SiteForm } from "@/components/pairing/sites/site-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairing.sites.admin");
  return { title: t("new") };
}

async function NewSitePageContent() {
  await requireAdmin("/admin/sites/new");
  const [t, choices] = await Promise.all([getTranslations("pairing.sites.admin"), listSiteFormChoices()]);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/sites" label={t("backToList")} />
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <Card as="div">
        <SiteForm
          communities={choices.communities.map(({ id, name }) => ({ value: String(id), label: name }))}
        />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function NewSitePage() {
  return (
    <ClientMessages forms namespaces={["pairing.sites", "core.errors.staleVersion"]}>
      <NewSitePageContent />
    </ClientMessages>
  );
}
