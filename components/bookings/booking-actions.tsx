"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelBooking, decideBooking } from "@/lib/bookings/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-status";

const primary =
  "min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
const danger =
  "min-h-11 rounded border border-red-800 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";

type Props = {
  bookingId: number;
  version: number;
  /** The owner decides a pending booking (a reason is required to decline). */
  canDecide: boolean;
  /** The booker cancels before the start (reason optional); the owner with a reason. */
  cancelAs: "booker" | "owner" | null;
};

/**
 * What a unit can still do with one booking. Rendered for every booking, so the outcome
 * message stays after the buttons go (the page re-renders with the new status).
 */
export function BookingActions({ bookingId, version, canDecide, cancelAs }: Props) {
  const t = useTranslations("bookings.ui");
  const [decided, decide, deciding] = useActionState(decideBooking, initialFormState);
  const [cancelled, cancel, cancelling] = useActionState(cancelBooking, initialFormState);
  return (
    <div className="space-y-2">
      {canDecide ? (
        <form action={decide} className="space-y-2">
          <input type="hidden" name="bookingId" value={bookingId} />
          <input type="hidden" name="version" value={version} />
          <Field
            as="textarea"
            name="reason"
            label={t("decideReason")}
            state={decided}
            rows={2}
            maxLength={500}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="decision" value="CONFIRM" disabled={deciding} className={primary}>
              {t("confirm")}
            </button>
            <button type="submit" name="decision" value="DECLINE" disabled={deciding} className={danger}>
              {t("decline")}
            </button>
          </div>
        </form>
      ) : null}
      {cancelAs ? (
        // Folded away: cancelling is the rare action, and the card stays short on a phone.
        <details className="group">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-red-800">
            {cancelAs === "owner" ? t("ownerCancel") : t("cancel")}
          </summary>
          <form action={cancel} className="mt-2 space-y-2">
            <input type="hidden" name="bookingId" value={bookingId} />
            <input type="hidden" name="version" value={version} />
            <Field
              as="textarea"
              name="reason"
              label={cancelAs === "owner" ? t("cancelReasonRequired") : t("cancelReason")}
              state={cancelled}
              rows={2}
              maxLength={500}
              required={cancelAs === "owner"}
            />
            <button type="submit" disabled={cancelling} className={danger}>
              {cancelAs === "owner" ? t("ownerCancel") : t("cancel")}
            </button>
          </form>
        </details>
      ) : null}
      <FormMessage state={decided} />
      <FormMessage state={cancelled} />
    </div>
  );
}
