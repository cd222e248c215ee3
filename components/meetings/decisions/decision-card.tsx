import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { StatusUpdateForm } from "./status-update-form";

type Props = {
  decision: { id: number; title: string; version: number; status: string };
  overdue: boolean;
  headingId: string;
  /** The level the card's title takes in the page it sits in. */
  heading: "h2" | "h3";
  /** What this list shows about the decision, between its title and the status form. */
  children: ReactNode;
};

/**
 * A decision in a list that chases it (the admin's and the owner unit's): overdue ones stand
 * out, and the status is reported in place.
 */
export async function DecisionCard({ decision, overdue, headingId, heading: Heading, children }: Props) {
  const t = await getTranslations("meetings.decisions");
  return (
    <article
      aria-labelledby={headingId}
      data-overdue={overdue || undefined}
      className={`space-y-2 rounded-lg bg-white p-4 shadow-sm ${overdue ? "border-l-4 border-amber-500" : ""}`}
    >
      <Heading id={headingId} className="font-semibold break-words">
        {decision.title}
      </Heading>
      {children}
      <details className="rounded border border-stone-200 p-3">
        <summary className="cursor-pointer font-medium text-brand-700">{t("updateStatus")}</summary>
        <div className="mt-3">
          <StatusUpdateForm decisionId={decision.id} version={decision.version} status={decision.status} />
        </div>
      </details>
    </article>
  );
}
