import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = {
  OPEN: "blue",
  IN_PROGRESS: "brand",
  DONE: "green",
  DROPPED: "neutral",
};

/** The status as words, plus "overdue" as words too (the colour only repeats it). */
export function DecisionStatus({ status, overdue }: { status: string; overdue: boolean }) {
  const t = useTranslations("meetings.decisions");
  const tStatus = useTranslations("meetings.decisions.status");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tones[status] ?? "neutral"}>{tStatus(status)}</Badge>
      {overdue ? <Badge tone="amber">{t("overdue")}</Badge> : null}
    </span>
  );
}
