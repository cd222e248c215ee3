"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelBooking, decideBooking } from "@/lib/venues/bookings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { NoteWithChoices } from "@/components/core/forms/note-with-choices";

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
  const t = useTranslations("venues.bookings.ui");
  const [decided, decide, deciding] = useActionState(decideBooking, initialFormState);
  const [cancelled, cancel, cancelling] = useActionState(cancelBooking, initialFormState);
  return (
    <div className="space-y-2">
      {canDecide ? (
        <form action={decide} className="space-y-2">
          <NoteWithChoices
            state={decided}
            pending={deciding}
            hidden={{ bookingId, version }}
            noteName="reason"
            noteLabel={t("decideReason")}
            choiceName="decision"
            choices={[
              { value: "CONFIRM", label: t("confirm"), tone: "primary" },
              { value: "DECLINE", label: t("decline"), tone: "danger" },
            ]}
          />
        </form>
      ) : null}
      {cancelAs ? (
        // Folded away: cancelling is the rare action, and the card stays short on a phone.
        <details className="group">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-red-800">
            {cancelAs === "owner" ? t("ownerCancel") : t("cancel")}
          </summary>
          <form action={cancel} className="mt-2 space-y-2">
            <NoteWithChoices
              state={cancelled}
              pending={cancelling}
              hidden={{ bookingId, version }}
              noteName="reason"
              noteLabel={cancelAs === "owner" ? t("cancelReasonRequired") : t("cancelReason")}
              noteRequired={cancelAs === "owner"}
              choices={[
                {
                  value: "cancel",
                  label: cancelAs === "owner" ? t("ownerCancel") : t("cancel"),
                  tone: "danger",
                },
              ]}
            />
          </form>
        </details>
      ) : null}
      <FormMessage state={decided} />
      <FormMessage state={cancelled} />
    </div>
  );
}
