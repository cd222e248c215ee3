"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { answerRotationSwap, cancelRotationSwap } from "@/lib/rotation/swaps/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { NoteWithChoices } from "@/components/core/forms/note-with-choices";
import { Button } from "@/components/ui/button";

type Props = { swapId: number; version: number; canAnswer: boolean; canCancel: boolean };

/**
 * What a unit can still do with one swap: the asked unit accepts or declines, the requester
 * withdraws. Rendered for every swap, so the outcome message stays after the buttons go.
 */
export function SwapActions({ swapId, version, canAnswer, canCancel }: Props) {
  const t = useTranslations("rotation.unit");
  const [answered, answer, answering] = useActionState(answerRotationSwap, initialFormState);
  const [cancelled, cancel, cancelling] = useActionState(cancelRotationSwap, initialFormState);
  return (
    <div className="space-y-2">
      {canAnswer ? (
        <form action={answer} className="space-y-2">
          <NoteWithChoices
            state={answered}
            pending={answering}
            hidden={{ swapId, version }}
            noteName="answerNote"
            noteLabel={t("answerNote")}
            choiceName="answer"
            choices={[
              { value: "ACCEPT", label: t("accept"), tone: "primary" },
              { value: "DECLINE", label: t("decline"), tone: "secondary" },
            ]}
          />
        </form>
      ) : null}
      {canCancel ? (
        <form action={cancel}>
          <input type="hidden" name="swapId" value={swapId} />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" variant="danger-outline" pending={cancelling} className="text-sm">
            {t("cancel")}
          </Button>
        </form>
      ) : null}
      <FormMessage state={answered} />
      <FormMessage state={cancelled} />
    </div>
  );
}
