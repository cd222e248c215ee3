"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { addDecision, editDecision, removeDecision } from "@/lib/meetings/decisions/actions";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { useResetOnSuccess } from "./use-reset-on-success";

type Option = { value: string; label: string };
type Values = { title: string; ownerUnitId: string; dueOn: string };

function DecisionFields({ state, units, values }: { state: FormState; units: Option[]; values?: Values }) {
  const t = useTranslations("meetings.decisions");
  return (
    <>
      <Field
        as="textarea"
        name="title"
        label={t("fields.title")}
        rows={2}
        maxLength={300}
        state={state}
        defaultValue={values?.title}
        required
      />
      <Field
        as="select"
        name="ownerUnitId"
        label={t("fields.ownerUnit")}
        state={state}
        defaultValue={values?.ownerUnitId ?? ""}
        options={[{ value: "", label: t("chooseUnit") }, ...units]}
        required
      />
      <Field
        name="dueOn"
        type="date"
        label={t("fields.dueOn")}
        state={state}
        defaultValue={values?.dueOn}
        required
      />
    </>
  );
}

/** Lists a new decision; the form empties after a success, ready for the next one. */
export function AddDecisionForm({ meetingId, units }: { meetingId: number; units: Option[] }) {
  const t = useTranslations("meetings.decisions");
  const [state, action] = useActionState(addDecision, initialFormState);
  const formRef = useResetOnSuccess(state);
  return (
    <form ref={formRef} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <DecisionFields state={state} units={units} />
      <FormMessage state={state} />
      <SubmitButton label={t("add")} pendingLabel={t("saving")} />
    </form>
  );
}

// Not reset on success: its fields re-key on the saved values the page passes back.
type EditProps = { decisionId: number; version: number; units: Option[]; values: Values };

export function EditDecisionForm({ decisionId, version, units, values }: EditProps) {
  const t = useTranslations("meetings.decisions");
  const [state, action] = useActionState(editDecision, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="decisionId" value={decisionId} />
      <input type="hidden" name="version" value={version} />
      <DecisionFields state={state} units={units} values={values} />
      <FormMessage state={state} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

export function RemoveDecisionForm({ decisionId, version }: { decisionId: number; version: number }) {
  const t = useTranslations("meetings.decisions");
  const [state, action] = useActionState(removeDecision, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="decisionId" value={decisionId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-700">{t("removeHint")}</p>
      <FormMessage state={state} />
      <SubmitButton label={t("remove")} variant="danger" />
    </form>
  );
}
