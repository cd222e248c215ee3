import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { isoDay } from "@/lib/meetings/decisions/order";
import { listUnitOpenDecisions } from "@/lib/meetings/decisions/queries";
import { DecisionStatus } from "./decision-status";
import { DecisionCards } from "./decision-cards";

/** On /my: what the unit still owes from joint meetings, overdue first, each updatable in place. */
export async function MyOpenDecisions({ unitId }: { unitId: number }) {
  const [t, decisions] = await Promise.all([
    getTranslations("meetings.decisions"),
    listUnitOpenDecisions(unitId),
  ]);
  return (
    <section aria-labelledby="my-decisions-heading" className="space-y-3">
      <h2 id="my-decisions-heading" className="text-lg font-semibold">
        {t("my.heading")}
      </h2>
      {decisions.length === 0 ? (
        <p className="text-stone-600">{t("my.empty")}</p>
      ) : (
        <DecisionCards decisions={decisions} idPrefix="my-decision" heading="h3">
          {(decision, overdue) => (
            <>
              <p className="text-sm text-stone-700">
                <Link href={`/meetings/${decision.meeting.id}`} className="text-brand-700 underline">
                  {decision.meeting.title}
                </Link>
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span>{t("dueOn", { date: isoDay(decision.dueOn) })}</span>
                <DecisionStatus status={decision.status} overdue={overdue} />
              </p>
              {decision.updates[0] ? (
                <p className="text-sm break-words text-stone-700">
                  {t("lastNote", { note: decision.updates[0].note })}
                </p>
              ) : null}
            </>
          )}
        </DecisionCards>
      )}
    </section>
  );
}
