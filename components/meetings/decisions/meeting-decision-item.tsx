import { getTranslations } from "next-intl/server";
import { isDecisionOverdue, isoDay } from "@/lib/meetings/decisions/order";
import type { MeetingDecision } from "@/lib/meetings/decisions/queries";
import { DecisionHistory } from "./decision-history";
import { EditDecisionForm, RemoveDecisionForm } from "./decision-forms";
import { DecisionStatus } from "./decision-status";
import { MoveDecisionButtons } from "./move-decision-buttons";
import { StatusUpdateForm } from "./status-update-form";
import { Card } from "@/components/ui/card";

type Props = {
  decision: MeetingDecision;
  index: number;
  count: number;
  today: Date;
  /** Writers edit and remove; owners (and admins) report status. */
  canWrite: boolean;
  canUpdate: boolean;
  units: Array<{ value: string; label: string }>;
};

/** One decision on the meeting's decisions page, with the controls the viewer may use. */
export async function MeetingDecisionItem({
  decision,
  index,
  count,
  today,
  canWrite,
  canUpdate,
  units,
}: Props) {
  const t = await getTranslations("meetings.decisions");
  const headingId = `decision-${decision.id}`;
  // A suspended owner is still shown as the current choice when editing.
  const choices = units.some((unit) => unit.value === String(decision.ownerUnitId))
    ? units
    : [{ value: String(decision.ownerUnitId), label: decision.ownerUnit.name }, ...units];
  return (
    <Card as="article" aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="font-semibold break-words">
        <span className="text-stone-600">{index + 1}. </span>
        {decision.title}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">{t("fields.ownerUnit")}</dt>
        <dd>{decision.ownerUnit.name}</dd>
        <dt className="text-stone-600">{t("fields.dueOn")}</dt>
        <dd>{isoDay(decision.dueOn)}</dd>
        <dt className="text-stone-600">{t("fields.status")}</dt>
        <dd>
          <DecisionStatus status={decision.status} overdue={isDecisionOverdue(decision, today)} />
        </dd>
      </dl>
      {canWrite && count > 1 ? (
        <MoveDecisionButtons
          decisionId={decision.id}
          title={decision.title}
          first={index === 0}
          last={index === count - 1}
        />
      ) : null}
      {canUpdate ? (
        <details className="rounded border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium text-brand-700">{t("updateStatus")}</summary>
          <div className="mt-3">
            <StatusUpdateForm decisionId={decision.id} version={decision.version} status={decision.status} />
          </div>
        </details>
      ) : null}
      {canWrite ? (
        <details className="rounded border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium text-brand-700">{t("edit")}</summary>
          <div className="mt-3 space-y-4">
            <EditDecisionForm
              decisionId={decision.id}
              version={decision.version}
              units={choices}
              values={{
                title: decision.title,
                ownerUnitId: String(decision.ownerUnitId),
                dueOn: isoDay(decision.dueOn),
              }}
            />
            {decision.updates.length === 0 ? (
              <RemoveDecisionForm decisionId={decision.id} version={decision.version} />
            ) : (
              <p className="text-sm text-stone-700">{t("removeLocked")}</p>
            )}
          </div>
        </details>
      ) : null}
      <section aria-label={t("history")} className="space-y-2">
        <h4 className="text-sm font-semibold">{t("history")}</h4>
        <DecisionHistory updates={decision.updates} />
      </section>
    </Card>
  );
}
