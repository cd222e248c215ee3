"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/core/forms/form-status";
import { moveDecision } from "@/lib/meetings/decisions/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { buttonClass } from "@/components/ui/button";

type Props = { decisionId: number; title: string; first: boolean; last: boolean };

const button = buttonClass("secondary", "", "sm");

/** Up / down in the meeting's list; each button names the decision for screen readers. */
export function MoveDecisionButtons({ decisionId, title, first, last }: Props) {
  const t = useTranslations("meetings.decisions");
  const [state, action, pending] = useActionState(moveDecision, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="decisionId" value={decisionId} />
      <button
        type="submit"
        name="direction"
        value="up"
        disabled={first || pending}
        aria-label={t("moveUpLabel", { title })}
        className={button}
      >
        {t("moveUp")}
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        disabled={last || pending}
        aria-label={t("moveDownLabel", { title })}
        className={button}
      >
        {t("moveDown")}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
