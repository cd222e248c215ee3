"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import {
  closeSignUp,
  openSignUp,
  releaseActivity,
  reopenSignUp,
} from "@/lib/activities/participation/actions";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

const actions = { open: openSignUp, close: closeSignUp, reopen: reopenSignUp, release: releaseActivity };

// One state for all controls, so the message stays when the status (and so the buttons) change.
async function dispatch(previous: FormState, formData: FormData): Promise<FormState> {
  const intent = String(formData.get("intent")) as keyof typeof actions;
  return (actions[intent] ?? openSignUp)(previous, formData);
}

const stepByStatus: Partial<Record<ActivityStatus, "open" | "close" | "reopen">> = {
  CLAIMED: "open",
  OPEN: "close",
  CLOSED: "reopen",
};

/** The lead's switches: open, close or reopen sign-up (none when status is null), and release the claim. */
export function LeadControls({
  activityId,
  status,
  releasable,
}: {
  activityId: number;
  status: ActivityStatus | null;
  releasable: boolean;
}) {
  const t = useTranslations("activities.participation");
  const [state, action] = useActionState(dispatch, initialFormState);
  const router = useRouter();
  // A released activity is no longer ours: this page would be "not found", so go to the list.
  useEffect(() => {
    if (state.ok && state.data?.released) router.push("/my/activities");
  }, [state, router]);
  const step = status ? stepByStatus[status] : undefined;
  const label = { open: t("openSignUp"), close: t("closeSignUp"), reopen: t("reopenSignUp") };
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {step ? (
        <form action={action}>
          <input type="hidden" name="activityId" value={activityId} />
          <input type="hidden" name="intent" value={step} />
          <SubmitButton label={label[step]} variant={step === "close" ? "secondary" : "primary"} />
        </form>
      ) : null}
      {releasable ? (
        <section aria-labelledby="release-heading" className="space-y-2 border-t border-stone-200 pt-4">
          <h3 id="release-heading" className="font-semibold">
            {t("releaseTitle")}
          </h3>
          <p className="text-sm text-stone-600">{t("releaseHint")}</p>
          <form action={action} className="space-y-3" noValidate>
            <input type="hidden" name="activityId" value={activityId} />
            <input type="hidden" name="intent" value="release" />
            <Field
              name="reason"
              as="textarea"
              rows={3}
              maxLength={500}
              label={t("releaseReason")}
              state={state}
              required
            />
            <SubmitButton label={t("release")} variant="danger" />
          </form>
        </section>
      ) : null}
    </div>
  );
}
