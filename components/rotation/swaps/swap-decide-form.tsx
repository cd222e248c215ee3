"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { decideRotationSwap } from "@/lib/rotation/swaps/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { NoteWithChoices, type Choice } from "@/components/core/forms/note-with-choices";

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
  const t = useTranslations("rotation.unit");
  const [state, action, pending] = useActionState(decideRotationSwap, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <NoteWithChoices
        state={state}
        pending={pending}
        hidden={{ swapId, version }}
        noteName="answerNote"
        noteLabel={t("decisionNote")}
        choiceName="decision"
        choices={[
          ...(canApprove
            ? [{ value: "APPROVE", label: t("approve"), tone: "primary" } satisfies Choice]
            : []),
          { value: "REJECT", label: t("reject"), tone: "danger" },
        ]}
      />
      <FormMessage state={state} />
    </form>
  );
}
