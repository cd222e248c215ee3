import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { DecisionStatus } from "@/components/meetings/decisions/decision-status";

/** The decisions, for members; for visitors once the minutes were published for the public. */
export function DecisionsPart({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.decisions");
  const { decisions, meeting } = view;
  if (!decisions) return null;
  return (
    <section aria-labelledby="meeting-decisions-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="meeting-decisions-heading" className="text-lg font-semibold">
          {t("section.heading")}
        </h2>
        {decisions.link ? (
          <Link href={`/meetings/${meeting.id}/decisions`} className="text-sm text-brand-700 underline">
            {decisions.link === "manage" ? t("section.manage") : t("section.details")}
          </Link>
        ) : null}
      </div>
      {decisions.items.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2">
          {decisions.items.map((decision) => (
            <li key={decision.id} className="rounded-lg bg-white p-3 shadow-sm">
              <p className="font-medium break-words">{decision.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
                <span>{t("ownedBy", { unit: decision.owner })}</span>
                <span>{t("dueOn", { date: decision.dueOn })}</span>
                <DecisionStatus status={decision.status} overdue={decision.overdue} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
