import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { AddAdminForm } from "@/components/units/accounts/add-admin-form";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.accounts");
  return { title: t("addAdmin") };
}

async function NewAdminPageContent() {
  await requireAdmin("/admin/users/new-admin");
  const t = await getTranslations("units.accounts");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <BackLink href="/admin/users" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("addAdmin")}</h1>
        <p className="text-stone-700">{t("add.adminIntro")}</p>
      </header>
      <AddAdminForm />
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function NewAdminPage() {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.accounts"]}>
      <NewAdminPageContent />
    </ClientMessages>
  );
}
