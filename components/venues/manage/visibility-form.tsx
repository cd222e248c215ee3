"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { setVenueActive } from "@/lib/venues/manage/actions";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

/** Hides a venue from the map and booking (its bookings stay), or shows it again. */
export function VisibilityForm({ venueId, active }: { venueId: number; active: boolean }) {
  const t = useTranslations("venues.manage");
  const [state, action] = useActionState(setVenueActive, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="venueId" value={venueId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-sm text-stone-600">{t("hiddenNote")}</p>
      <SubmitButton label={active ? t("hide") : t("show")} variant={active ? "danger" : "secondary"} />
      <FormMessage state={state} />
    </form>
  );
}
