import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import { newSurveyWindow } from "@/lib/surveys/build/new-window";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { SurveyForm } from "@/components/surveys/build/survey-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveys.admin");
  return { title: t("newTitle") };
}

/** Starts a survey: its title and window; questions follow on the survey's page. */
async function NewSurveyPageContent() {
  await requireAdmin("/admin/surveys/new");
  const t = await getTranslations("surveys.admin");
  const span = newSurveyWindow(new Date());
  const defaults = {
    title: "",
    intro: "",
    opensAt: toBeijingLocalInput(span.opensAt),
    closesAt: toBeijingLocalInput(span.closesAt),
    anonymous: "",
  };
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href="/admin/surveys" label={t("back")} />
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <Card className="p-4">
        <SurveyForm defaults={defaults} />
      </Card>
    </div>
  );
}

export default function NewSurveyPage() {
  return (
    <ClientMessages forms namespaces={["surveys.admin", "core.errors.staleVersion"]}>
      <NewSurveyPageContent />
    </ClientMessages>
  );
}
