"use client";

import { useTranslations } from "next-intl";
import { confirmCommitment, returnCommitment } from "@/lib/activities/commitments/actions";
import { ActionForm } from "@/components/core/forms/action-form";

type Props = { id: number; version: number; title: string };

/** The admin confirms a submitted record: the commitment counts as done. */
export function ConfirmRecordForm({ id, version, title }: Props) {
  const t = useTranslations("activities.commitments");
  return (
    <ActionForm
      action={confirmCommitment}
      hidden={{ id, version }}
      submitLabel={t("confirm")}
      aria-label={t("confirmNamed", { title })}
    />
  );
}

/** The admin returns a submitted record with a note saying what to fix. */
export function ReturnRecordForm({ id, version, title }: Props) {
  const t = useTranslations("activities.commitments");
  return (
    <ActionForm
      action={returnCommitment}
      hidden={{ id, version }}
      submitLabel={t("return")}
      variant="secondary"
      aria-label={t("returnNamed", { title })}
      note={{ name: "note", label: t("returnNote"), maxLength: 1000 }}
    />
  );
}
