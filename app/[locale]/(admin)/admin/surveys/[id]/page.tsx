import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { Link } from "@/lib/core/i18n/navigation";
import { formatBeijingDateTime, toBeijingLocalInput } from "@/lib/core/time/beijing";
import { getSurveyForBuilder, listActiveUnitsForSending } from "@/lib/surveys/build/queries";
import { surveyPhase } from "@/lib/surveys/window";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { PhaseBadge } from "@/components/surveys/phase-badge";
import { SurveyForm } from "@/components/surveys/build/survey-form";
import { QuestionForm } from "@/components/surveys/build/question-form";
import { QuestionTools } from "@/components/surveys/build/question-tools";
import { SendForm } from "@/components/surveys/build/send-form";
import { QuestionSummary } from "@/components/surveys/build/question-summary";
import { SendSurveyRemindersForm } from "@/components/surveys/reminders/send-reminders-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveys.admin");
  return { title: t("editTitle") };
}

/** A draft is built here (details, questions, sending); a sent survey shows where it stands. */
async function SurveyPageContent({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/surveys/${encodeURIComponent(raw)}`);
  const parsed = idField.safeParse(raw);
  if (!parsed.success || !/^\d+$/.test(raw)) notFound();
  const survey = await getSurveyForBuilder(parsed.data);
  if (!survey) notFound();
  const t = await getTranslations("surveys.admin");
  const phase = surveyPhase(survey);
  const draft = survey.status === "DRAFT";
  const units = draft ? await listActiveUnitsForSending() : [];
  const last = survey.questions.length - 1;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/admin/surveys" label={t("back")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{survey.title}</h1>
          <PhaseBadge phase={phase} />
        </div>
        <p className="text-sm text-stone-600">
          {t("window", {
            opens: formatBeijingDateTime(survey.opensAt),
            closes: formatBeijingDateTime(survey.closesAt),
          })}
          {survey.anonymous ? ` · ${t("anonymousBadge")}` : ""}
        </p>
      </header>

      {draft ? (
        <>
          <Card aria-labelledby="details-heading" className="space-y-3 p-4">
            <h2 id="details-heading" className="text-lg font-semibold">
              {t("detailsHeading")}
            </h2>
            <SurveyForm
              survey={{ id: survey.id, version: survey.version }}
              defaults={{
                title: survey.title,
                intro: survey.intro,
                opensAt: toBeijingLocalInput(survey.opensAt),
                closesAt: toBeijingLocalInput(survey.closesAt),
                anonymous: survey.anonymous ? "on" : "",
              }}
            />
          </Card>

          <section aria-labelledby="questions-heading" className="space-y-3">
            <h2 id="questions-heading" className="text-lg font-semibold">
              {t("questionsHeading")}
            </h2>
            {survey.questions.length === 0 ? <p className="text-stone-600">{t("noQuestions")}</p> : null}
            {survey.questions.map((question, index) => (
              <Card
                key={question.id}
                className="space-y-3 p-4"
                aria-label={t("questionNumber", { number: index + 1 })}
              >
                <h3 className="font-medium">{t("questionNumber", { number: index + 1 })}</h3>
                <QuestionForm
                  surveyId={survey.id}
                  version={survey.version}
                  question={{ ...question, options: question.options.map((option) => option.label) }}
                />
                <QuestionTools
                  surveyId={survey.id}
                  version={survey.version}
                  questionId={question.id}
                  number={index + 1}
                  first={index === 0}
                  last={index === last}
                />
              </Card>
            ))}
            <Card key={`new-${survey.version}`} aria-labelledby="add-heading" className="space-y-3 p-4">
              <h3 id="add-heading" className="font-medium">
                {t("addHeading")}
              </h3>
              <QuestionForm surveyId={survey.id} version={survey.version} />
            </Card>
          </section>

          <Card aria-labelledby="send-heading" className="space-y-3 p-4">
            <h2 id="send-heading" className="text-lg font-semibold">
              {t("send.heading")}
            </h2>
            <p className="text-sm text-stone-600">{t("send.hint")}</p>
            <SendForm surveyId={survey.id} version={survey.version} units={units} />
          </Card>
        </>
      ) : (
        <>
          <Card className="space-y-3 p-4">
            <p>
              {t("answeredOf", { answered: survey._count.responses, recipients: survey._count.recipients })}
            </p>
            <Link
              href={`/admin/surveys/${survey.id}/results`}
              className="font-medium text-brand-700 underline"
            >
              {t("resultsLink")}
            </Link>
          </Card>
          <Card aria-labelledby="reminders-heading" className="space-y-2 p-4">
            <h2 id="reminders-heading" className="text-lg font-semibold">
              {t("reminders.heading")}
            </h2>
            <p className="text-sm text-stone-600">{t("reminders.hint")}</p>
            <SendSurveyRemindersForm />
          </Card>
          <section aria-labelledby="questions-heading" className="space-y-3">
            <h2 id="questions-heading" className="text-lg font-semibold">
              {t("questionsHeading")}
            </h2>
            <ol className="space-y-2">
              {survey.questions.map((question, index) => (
                <QuestionSummary key={question.id} question={question} number={index + 1} />
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}

export default function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <ClientMessages forms namespaces={["surveys.admin", "core.errors.staleVersion"]}>
      <SurveyPageContent params={params} />
    </ClientMessages>
  );
}
