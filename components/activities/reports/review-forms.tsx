"use client";

import { useTranslations } from "next-intl";
import { acceptReport, askForReportFix } from "@/lib/activities/reports/actions";
import { ActionForm } from "@/components/core/forms/action-form";

type Props = { reportId: number; version: number };

export function AcceptReportForm({ reportId, version }: Props) {
  const t = useTranslations("activities.reports");
  return <ActionForm action={acceptReport} hidden={{ reportId, version }} submitLabel={t("accept")} />;
}

export function RequestFixForm({ reportId, version }: Props) {
  const t = useTranslations("activities.reports");
  return (
    <ActionForm
      action={askForReportFix}
      hidden={{ reportId, version }}
      submitLabel={t("askForFix")}
      variant="secondary"
      note={{ name: "message", label: t("fixMessage"), maxLength: 1000 }}
    />
  );
}
