import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { beijingDate } from "@/lib/core/time/beijing";
import { BackLink } from "@/components/ui/back-link";
import { UnitForm } from "@/components/units/admin/unit-form";
import { unitFormOptions } from "@/components/units/admin/unit-form-options";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admin.form");
  return { title: t("newTitle") };
}

async function NewUnitPageContent() {
  await requireAdmin("/admin/units/new");
  const [t, options] = await Promise.all([getTranslations("units.admin"), unitFormOptions()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href="/admin/units" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("form.newTitle")}</h1>
        <p className="text-stone-700">{t("form.newIntro")}</p>
      </header>
      <Card as="div">
        <UnitForm today={beijingDate()} {...options} />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function NewUnitPage() {
  return (
    <ClientMessages namespaces={["activities.admin.import", "core.errors", "core.validation", "units.admin"]}>
      <NewUnitPageContent />
    </ClientMessages>
  );
}
