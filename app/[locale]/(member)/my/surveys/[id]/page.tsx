import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { getSurveyForUnit } from "@/lib/surveys/answer/queries";
import { surveyPhase } from "@/lib/surveys/window";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { PhaseBadge } from "@/components/surveys/phase-badge";
import { AnswerForm } from "@/components/surveys/answer/answer-form";
import { formAnswersOf } from "@/components/surveys/answer/answer-values";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveys.answer");
  return { title: t("answerTitle") };
}

/** The unit's answer form; a survey not sent to the unit is not found here. */
async function AnswerPageContent({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/surveys/${encodeURIComponent(raw)}`);
  const parsed = idField.safeParse(raw);
  if (!parsed.success || !/^\d+$/.test(raw)) notFound();
  const survey = await getSurveyForUnit(parsed.data, user.unitId);
  if (!survey) notFound();
  const t = await getTranslations("surveys.answer");
  const phase = surveyPhase(survey);
  const response = survey.response;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href="/my/surveys" label={t("back")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{survey.title}</h1>
          <PhaseBadge phase={phase} />
        </div>
        {survey.intro ? <p className="whitespace-pre-line text-stone-700">{survey.intro}</p> : null}
        <p className="text-sm text-stone-600">
          {t("window", {
            opens: formatBeijingDateTime(survey.opensAt),
            closes: formatBeijingDateTime(survey.closesAt),
          })}
        </p>
        <p className="text-sm text-stone-600">{survey.anonymous ? t("anonymousNote") : t("namedNote")}</p>
        <p className="text-sm" role="status">
          {response ? t("answeredAt", { date: formatBeijingDateTime(response.updatedAt) }) : t("notAnswered")}
          {phase === "open" && response ? ` ${t("canChange")}` : ""}
          {phase === "upcoming" ? ` ${t("notOpenYet")}` : ""}
          {phase === "closed" ? ` ${t("closedNote")}` : ""}
        </p>
      </header>
      <AnswerForm
        surveyId={survey.id}
        questions={survey.questions}
        initial={formAnswersOf(survey.questions, response?.answers ?? [])}
        responseVersion={response?.version ?? null}
        readOnly={phase !== "open"}
      />
    </div>
  );
}

export default function AnswerPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <ClientMessages forms namespaces={["surveys.answer", "core.errors.staleVersion"]}>
      <AnswerPageContent params={params} />
    </ClientMessages>
  );
}
