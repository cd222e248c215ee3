import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { Link } from "@/lib/core/i18n/navigation";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { listSurveysForAdmin } from "@/lib/surveys/build/queries";
import { surveyPhase } from "@/lib/surveys/window";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { PhaseBadge } from "@/components/surveys/phase-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveys.admin");
  return { title: t("title") };
}

/** Every survey, newest window first: its status, window and how many units answered. */
export default async function AdminSurveysPage() {
  await requireAdmin("/admin/surveys");
  const [t, surveys] = await Promise.all([getTranslations("surveys.admin"), listSurveysForAdmin()]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} actions={[{ href: "/admin/surveys/new", label: t("new") }]} />
      <p className="text-stone-700">{t("intro")}</p>
      {surveys.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {surveys.map((survey) => (
            <li key={survey.id} className="card-raised space-y-1 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/surveys/${survey.id}`} className="font-medium text-brand-700 underline">
                  {survey.title}
                </Link>
                <PhaseBadge phase={surveyPhase(survey, now)} />
              </div>
              <p className="text-sm text-stone-600">
                {t("window", {
                  opens: formatBeijingDateTime(survey.opensAt),
                  closes: formatBeijingDateTime(survey.closesAt),
                })}
              </p>
              <p className="text-sm">
                {survey.status === "SENT" ? (
                  <>
                    <Badge tone="blue">
                      {t("answeredOf", { answered: survey.answered, recipients: survey.recipients })}
                    </Badge>{" "}
                    <Link href={`/admin/surveys/${survey.id}/results`} className="text-brand-700 underline">
                      {t("resultsLink")}
                    </Link>
                  </>
                ) : (
                  t("questionCount", { count: survey.questions })
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
