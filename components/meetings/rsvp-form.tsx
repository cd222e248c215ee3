"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { respondToInvitation } from "@/lib/meetings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { stampOf } from "./result-stamp";

const answers = ["ATTEND", "DELEGATE", "EXCUSED"] as const;

/**
 * The invited unit's answer: attend, send a delegate (name) or excused (reason). The field the
 * chosen answer needs appears below the choices; the server checks it again.
 */
export function RsvpForm({
  meetingId,
  current,
  onResult,
}: {
  meetingId: number;
  current: { response: string; delegateName: string; excuseReason: string };
  /** Called after each answer: the meeting page's island asks again for the unit's state. */
  onResult?: () => void;
}) {
  const t = useTranslations("meetings.meeting");
  const describe = useDescribe();
  const [state, action] = useActionState(respondToInvitation, initialFormState);
  useEffect(() => {
    if (state !== initialFormState) onResult?.();
  }, [state, onResult]);
  const sent = state.values?.response;
  const choice = typeof sent === "string" ? sent : current.response === "PENDING" ? "" : current.response;
  // The delegate's name and the excuse show with their answer by CSS (:has), not by React
  // state: a choice made before the page hydrated, or without JavaScript, still shows them.
  return (
    <form action={action} className="group space-y-3" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset
        key={stampOf(state)}
        className="space-y-2"
        aria-describedby={state.fieldErrors?.response ? "rsvp-error" : undefined}
      >
        <legend className="text-sm font-medium">{t("rsvp.choose")}</legend>
        {answers.map((answer) => (
          <label
            key={answer}
            className="flex min-h-11 items-center gap-2 rounded border border-stone-300 px-3 py-2"
          >
            <input
              type="radio"
              name="response"
              value={answer}
              defaultChecked={choice === answer}
              className="size-5"
            />
            {t(`response.${answer}`)}
          </label>
        ))}
        {state.fieldErrors?.response ? (
          <p id="rsvp-error" className="text-sm text-red-800">
            {state.fieldErrors.response.map(describe).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="hidden group-has-[input[value=DELEGATE]:checked]:block">
        <Field
          name="delegateName"
          label={t("rsvp.delegateName")}
          maxLength={60}
          state={state}
          defaultValue={current.delegateName}
          required
        />
      </div>
      <div className="hidden group-has-[input[value=EXCUSED]:checked]:block">
        <Field
          as="textarea"
          name="excuseReason"
          label={t("rsvp.excuseReason")}
          maxLength={500}
          rows={3}
          state={state}
          defaultValue={current.excuseReason}
          required
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={current.response === "PENDING" ? t("rsvp.submit") : t("rsvp.change")} />
    </form>
  );
}
