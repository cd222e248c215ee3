import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { Link } from "@/lib/core/i18n/navigation";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { listUnitSurveys, type UnitSurveyRow } from "@/lib/surveys/answer/queries";
import { PhaseBadge } from "@/components/surveys/phase-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("surveys.answer");
  return { title: t("title") };
}

/** The surveys sent to the unit: open ones (answered or not) first, then closed ones. */
export default async function MySurveysPage() {
  const user = await requireSecretary("/my/surveys");
  const [t, surveys] = await Promise.all([getTranslations("surveys.answer"), listUnitSurveys(user.unitId)]);
  const open = surveys.filter((survey) => survey.phase === "open" || survey.phase === "upcoming");
  const closed = surveys.filter((survey) => survey.phase === "closed");
  const row = (survey: UnitSurveyRow) => (
    <li key={survey.id} className="card-raised space-y-1 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/my/surveys/${survey.id}`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
        >
          {survey.title}
        </Link>
        <PhaseBadge phase={survey.phase} />
      </div>
      <p className="text-sm text-stone-600">
        {t("closesAt", { date: formatBeijingDateTime(survey.closesAt) })}
      </p>
      <p className="text-sm">
        {survey.answeredAt
          ? t("answeredAt", { date: formatBeijingDateTime(survey.answeredAt) })
          : t("notAnswered")}
      </p>
    </li>
  );
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="open-heading" className="space-y-3">
        <h2 id="open-heading" className="text-lg font-semibold">
          {t("openHeading")}
        </h2>
        {open.length === 0 ? (
          <p className="text-stone-600">{t("noOpen")}</p>
        ) : (
          <ul className="space-y-3">{open.map(row)}</ul>
        )}
      </section>
      <section aria-labelledby="closed-heading" className="space-y-3">
        <h2 id="closed-heading" className="text-lg font-semibold">
          {t("closedHeading")}
        </h2>
        {closed.length === 0 ? (
          <p className="text-stone-600">{t("noClosed")}</p>
        ) : (
          <ul className="space-y-3">{closed.map(row)}</ul>
        )}
      </section>
    </div>
  );
}
