"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { decideRotationSwap } from "@/lib/rotation/swaps/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-status";

/** The committee approves (only once the other unit accepted) or rejects an open swap. */
export function SwapDecideForm({
  swapId,
  version,
  canApprove,
}: {
  swapId: number;
  version: number;
  canApprove: boolean;
}) {
  const t = useTranslations("rotationMy");
  const [state, action, pending] = useActionState(decideRotationSwap, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="swapId" value={swapId} />
      <input type="hidden" name="version" value={version} />
      <Field
        as="textarea"
        name="answerNote"
        label={t("decisionNote")}
        state={state}
        rows={2}
        maxLength={500}
      />
      <div className="flex flex-wrap gap-2">
        {canApprove ? (
          <button
            type="submit"
            name="decision"
            value="APPROVE"
            disabled={pending}
            className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {t("approve")}
          </button>
        ) : null}
        <button
          type="submit"
          name="decision"
          value="REJECT"
          disabled={pending}
          className="min-h-11 rounded border border-red-800 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
        >
          {t("reject")}
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
