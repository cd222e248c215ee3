import { getTranslations } from "next-intl/server";
import { describeViolation } from "@/lib/rotation/admin/explain";
import type { ScheduleView } from "@/lib/rotation/admin/queries";
import { Badge } from "@/components/ui/badge";
import { MoveDutyForm, SwapDutiesForm } from "./draft-edit-forms";
import { PublishDraftForm } from "./publish-draft-form";
import { ScheduleCost } from "./schedule-cost";
import { ScheduleMonths } from "./schedule-months";
import { Card } from "@/components/ui/card";

/**
 * One version: its months and its cost. A draft (unless shown read-only) also gets the hand
 * edit and publish forms, with the rules its edits break listed as warnings.
 */
export async function ScheduleSection({
  view,
  dutyMonths,
  readOnly,
  hasPublished,
}: {
  view: ScheduleView;
  dutyMonths: number[];
  readOnly: boolean;
  hasPublished: boolean;
}) {
  const [t, tAll] = await Promise.all([getTranslations("rotation.admin.view"), getTranslations()]);
  const editable = view.status === "DRAFT" && !readOnly;
  const duties = view.duties.map(({ unitId, month, name }) => ({ unitId, month, name }));
  return (
    <Card aria-labelledby="schedule-heading" className="space-y-4">
      <h2 id="schedule-heading" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {t("heading", { number: view.number })}
        <Badge tone={view.status === "DRAFT" ? "amber" : view.status === "PUBLISHED" ? "green" : "neutral"}>
          {tAll(`rotation.admin.versions.status.${view.status}` as never)}
        </Badge>
      </h2>
      {readOnly ? <p className="text-sm text-stone-700">{t("readOnly")}</p> : null}
      {view.violations.length > 0 ? (
        <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("warnings", { count: view.violations.length })}</p>
          <ul className="list-disc pl-5">
            {view.violations.map((violation, index) => {
              const message = describeViolation(violation, view.unitNames);
              return <li key={index}>{tAll(message.key as never, message.values as never)}</li>;
            })}
          </ul>
        </div>
      ) : null}
      <ScheduleMonths view={view} dutyMonths={dutyMonths} />
      <h3 className="font-semibold">{t("costHeading")}</h3>
      <ScheduleCost view={view} dutyMonths={dutyMonths} />
      {editable ? (
        <>
          <h3 className="font-semibold">{t("editHeading")}</h3>
          <p className="text-sm text-stone-700">{t("editExplain")}</p>
          <div className="grid gap-6 lg:grid-cols-2">
            <MoveDutyForm scheduleId={view.id} version={view.version} duties={duties} />
            <SwapDutiesForm scheduleId={view.id} version={view.version} duties={duties} />
          </div>
          <h3 className="font-semibold">{t("publishHeading")}</h3>
        </>
      ) : null}
      {/* Kept mounted when the draft becomes published, so its message stays on screen. */}
      <PublishDraftForm
        draft={
          editable
            ? {
                scheduleId: view.id,
                version: view.version,
                number: view.number,
                violations: view.violations.length,
                hasPublished,
              }
            : null
        }
      />
    </Card>
  );
}
