import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { beijingToday } from "@/lib/core/time/beijing";
import { isDecisionOverdue } from "@/lib/meetings/decisions/order";
import { StatusUpdateForm } from "./status-update-form";
import { cardClass } from "@/components/ui/card";

type CardDecision = { id: number; title: string; version: number; status: string; dueOn: Date };

type Props<T extends CardDecision> = {
  decisions: T[];
  /** Makes each card's heading id unique on the page (`<prefix>-<id>`). */
  idPrefix: string;
  /** The level the cards' titles take in the page they sit in. */
  heading: "h2" | "h3";
  /** What this list shows about a decision, between its title and the status form. */
  children: (decision: T, overdue: boolean) => ReactNode;
};

/**
 * The lists that chase decisions (the admin's and the owner unit's): one card each, overdue ones
 * marked, the status reported in place.
 */
export async function DecisionCards<T extends CardDecision>({
  decisions,
  idPrefix,
  heading: Heading,
  children,
}: Props<T>) {
  const t = await getTranslations("meetings.decisions");
  const today = beijingToday();
  return (
    <ul className="space-y-3">
      {decisions.map((decision) => {
        const overdue = isDecisionOverdue(decision, today);
        const headingId = `${idPrefix}-${decision.id}`;
        return (
          <li key={decision.id}>
            <article
              aria-labelledby={headingId}
              data-overdue={overdue || undefined}
              className={cardClass("raised", `space-y-2 ${overdue ? "border-l-4 border-amber-500" : ""}`)}
            >
              <Heading id={headingId} className="font-semibold break-words">
                {decision.title}
              </Heading>
              {children(decision, overdue)}
              <details className="rounded border border-stone-200 p-3">
                <summary className="cursor-pointer font-medium text-brand-700">{t("updateStatus")}</summary>
                <div className="mt-3">
                  <StatusUpdateForm
                    decisionId={decision.id}
                    version={decision.version}
                    status={decision.status}
                  />
                </div>
              </details>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
