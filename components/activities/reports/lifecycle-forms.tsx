"use client";

import { useTranslations } from "next-intl";
import { cancelActivity, markActivityHeld } from "@/lib/activities/reports/actions";
import { ActionForm } from "@/components/core/forms/action-form";

type Props = { activityId: number; version: number };

/** OPEN or CLOSED → DONE: the lead confirms the activity took place. */
export function MarkHeldForm({
  activityId,
  version,
  variant = "primary",
}: Props & { variant?: "primary" | "secondary" }) {
  const t = useTranslations("activities.reports");
  return (
    <ActionForm
      action={markActivityHeld}
      hidden={{ activityId, version }}
      submitLabel={t("markHeld")}
      variant={variant}
      className="space-y-3"
    >
      {() => <p className="text-sm text-stone-700">{t("markHeldHint")}</p>}
    </ActionForm>
  );
}

/** Cancelling with a reason, told to every unit still signed up. */
export function CancelActivityForm({ activityId, version }: Props) {
  const t = useTranslations("activities.reports");
  return (
    <ActionForm
      action={cancelActivity}
      hidden={{ activityId, version }}
      submitLabel={t("cancel")}
      variant="danger"
      className="space-y-3"
      note={{ name: "reason", label: t("cancelReason"), maxLength: 500 }}
    />
  );
}
