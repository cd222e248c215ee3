import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { beijingYearMonth, formatBeijingDateTime } from "@/lib/core/time/beijing";
import { countResults } from "@/lib/surveys/results/count-results";
import { getSurveyResults } from "@/lib/surveys/results/queries";
import { listPlanYearsForAdmin } from "@/lib/activities/admin/queries";
import { surveyPhase } from "@/lib/surveys/window";
import { ActivityType, Commitment } from "@/lib/generated/prisma/enums";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { PhaseBadge } from "@/components/surveys/phase-badge";
import { QuestionResultCard } from "@/components/surveys/results/question-result";
import { DraftForm } from "@/components/surveys/results/draft-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveys.admin.results");
  return { title: t("title") };
}

/** Each question's chart and table, who has not answered, exports, and drafting activities. */
async function ResultsPageContent({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/surveys/${encodeURIComponent(raw)}/results`);
  const parsed = idField.safeParse(raw);
  if (!parsed.success || !/^\d+$/.test(raw)) notFound();
  const [results, years] = await Promise.all([getSurveyResults(parsed.data), listPlanYearsForAdmin()]);
  if (!results) notFound();
  const [t, enums] = await Promise.all([
    getTranslations("surveys.admin.results"),
    getTranslations("core.enums"),
  ]);
  const counted = countResults(results.questions, results.responses, t("other"));
  const respondents = results.responses.length;
  const nextYear = beijingYearMonth().year + 1;
  const defaultYear = years.find((y) => y.year === nextYear)?.year ?? years[0]?.year ?? null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/admin/surveys/${results.id}`} label={t("back")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{t("heading", { title: results.title })}</h1>
          <PhaseBadge phase={surveyPhase(results)} />
        </div>
        <p className="text-sm text-stone-600">
          {t("closes", { date: formatBeijingDateTime(results.closesAt) })} ·{" "}
          {t("answeredUnits", { answered: respondents, recipients: results.recipients })}
        </p>
        <p className="text-sm text-stone-600">{results.anonymous ? t("anonymousNote") : t("namedNote")}</p>
        <div className="flex flex-wrap gap-3 text-sm">
          <a
            href={`/admin/surveys/${results.id}/results/export.csv`}
            className="text-brand-700 underline"
            download
          >
            {t("exportCsv")}
          </a>
          <a
            href={`/admin/surveys/${results.id}/results/export.xlsx`}
            className="text-brand-700 underline"
            download
          >
            {t("exportXlsx")}
          </a>
        </div>
      </header>

      <section aria-labelledby="questions-heading" className="space-y-4">
        <h2 id="questions-heading" className="text-lg font-semibold">
          {t("questionsHeading")}
        </h2>
        {counted.map((result, index) => (
          <QuestionResultCard
            key={result.question.id}
            result={result}
            number={index + 1}
            respondents={respondents}
          />
        ))}
      </section>

      <Card aria-labelledby="missing-heading" className="space-y-2 p-4">
        <h2 id="missing-heading" className="text-lg font-semibold">
          {t("notAnsweredHeading", { count: results.notAnswered.length })}
        </h2>
        {results.notAnswered.length === 0 ? (
          <p className="text-sm text-stone-600">{t("everyoneAnswered")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {results.notAnswered.map((unit) => (
              <li key={unit.id}>
                {unit.name}
                {unit.remindedAt ? (
                  <span className="text-stone-600">
                    {" "}
                    · {t("reminded", { date: formatBeijingDateTime(unit.remindedAt) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="draft-heading" className="space-y-3 p-4">
        <h2 id="draft-heading" className="text-lg font-semibold">
          {t("draftHeading")}
        </h2>
        {years.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noYears")}</p>
        ) : (
          <DraftForm
            surveyId={results.id}
            questions={results.questions}
            years={years.map((y) => ({ year: y.year, title: y.title }))}
            defaultYear={defaultYear}
            types={Object.values(ActivityType).map((value) => ({
              value,
              label: enums(`ActivityType.${value}`),
            }))}
            commitments={Object.values(Commitment).map((value) => ({
              value,
              label: enums(`Commitment.${value}`),
            }))}
          />
        )}
      </Card>
    </div>
  );
}

export default function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <ClientMessages forms namespaces={["surveys.admin.draft", "activities.admin.yearNotFound"]}>
      <ResultsPageContent params={params} />
    </ClientMessages>
  );
}
