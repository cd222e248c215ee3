"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { assignLead, unassignLead } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import type { Option } from "./activity-form-types";

/** Admins set or change the lead unit, or take it away (the activity is claimable again). */
export function LeadPanel({ id, lead, units }: { id: number; lead: string | null; units: Option[] }) {
  const t = useTranslations("activities.admin.lead");
  const [assignState, assign] = useActionState(assignLead, initialFormState);
  const [unassignState, unassign] = useActionState(unassignLead, initialFormState);
  return (
    <div className="space-y-4">
      <p>{lead ? t("current", { unit: lead }) : t("none")}</p>
      <form action={assign} className="space-y-3" noValidate>
        <input type="hidden" name="id" value={id} />
        <Field as="select" name="unitId" label={t("unit")} options={units} state={assignState} required />
        <FormMessage state={assignState} />
        <SubmitButton label={lead ? t("reassign") : t("assign")} />
      </form>
      {lead ? (
        <form action={unassign} className="space-y-3">
          <input type="hidden" name="id" value={id} />
          <FormMessage state={unassignState} />
          <SubmitButton label={t("unassign")} variant="secondary" />
        </form>
      ) : null}
    </div>
  );
}
