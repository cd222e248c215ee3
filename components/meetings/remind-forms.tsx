"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { remindSilentUnits } from "@/lib/meetings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { Button } from "@/components/ui/button";

/** Reminds every invited unit that has not answered. */
export function RemindAllForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("meetings.meeting.responses");
  const [state, action] = useActionState(remindSilentUnits, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <SubmitButton label={t("remindAll")} variant="secondary" />
      <FormMessage state={state} />
    </form>
  );
}

/** Reminds one silent unit, from its row of the response table. */
export function RemindUnitForm({
  meetingId,
  unitId,
  unit,
}: {
  meetingId: number;
  unitId: number;
  unit: string;
}) {
  const t = useTranslations("meetings.meeting.responses");
  const [state, action] = useActionState(remindSilentUnits, initialFormState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="unitId" value={unitId} />
      <Button type="submit" variant="secondary" size="sm" aria-label={t("remindUnit", { unit })}>
        {t("remind")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
