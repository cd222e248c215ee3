"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptReport, askForReportFix } from "@/lib/activities/reports/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = { reportId: number; version: number };

export function AcceptReportForm({ reportId, version }: Props) {
  const t = useTranslations("activities.reports");
  const [state, action] = useActionState(acceptReport, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <SubmitButton label={t("accept")} />
    </form>
  );
}

export function RequestFixForm({ reportId, version }: Props) {
  const t = useTranslations("activities.reports");
  const [state, action] = useActionState(askForReportFix, initialFormState);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="message"
        label={t("fixMessage")}
        as="textarea"
        rows={2}
        maxLength={1000}
        state={state}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("askForFix")} variant="secondary" />
    </form>
  );
}
