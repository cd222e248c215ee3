"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { answerRotationSwap, cancelRotationSwap } from "@/lib/rotation/swaps/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-status";

type Props = { swapId: number; version: number; canAnswer: boolean; canCancel: boolean };

const primary =
  "min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
const secondary =
  "min-h-11 rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60";

/**
 * What a unit can still do with one swap: the asked unit accepts or declines, the requester
 * withdraws. Rendered for every swap, so the outcome message stays after the buttons go.
 */
export function SwapActions({ swapId, version, canAnswer, canCancel }: Props) {
  const t = useTranslations("rotationMy");
  const [answered, answer, answering] = useActionState(answerRotationSwap, initialFormState);
  const [cancelled, cancel, cancelling] = useActionState(cancelRotationSwap, initialFormState);
  return (
    <div className="space-y-2">
      {canAnswer ? (
        <form action={answer} className="space-y-2">
          <input type="hidden" name="swapId" value={swapId} />
          <input type="hidden" name="version" value={version} />
          <Field
            as="textarea"
            name="answerNote"
            label={t("answerNote")}
            state={answered}
            rows={2}
            maxLength={500}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="answer" value="ACCEPT" disabled={answering} className={primary}>
              {t("accept")}
            </button>
            <button type="submit" name="answer" value="DECLINE" disabled={answering} className={secondary}>
              {t("decline")}
            </button>
          </div>
        </form>
      ) : null}
      {canCancel ? (
        <form action={cancel}>
          <input type="hidden" name="swapId" value={swapId} />
          <input type="hidden" name="version" value={version} />
          <button
            type="submit"
            disabled={cancelling}
            className="min-h-11 rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {t("cancel")}
          </button>
        </form>
      ) : null}
      <FormMessage state={answered} />
      <FormMessage state={cancelled} />
    </div>
  );
}
