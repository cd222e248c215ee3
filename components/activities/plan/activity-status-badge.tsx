import { getTranslations } from "next-intl/server";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { publicStatus, type PublicStatus } from "@/lib/activities/plan/plan-calendar";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const toneByStatus: Record<PublicStatus, BadgeTone> = {
  UNCLAIMED: "amber",
  PLANNED: "amber",
  CLAIMED: "blue",
  OPEN: "green",
  CLOSED: "neutral",
  DONE: "neutral",
  REPORTED: "neutral",
  CANCELLED: "neutral",
};

/** The public status of an activity of the list: "unclaimed" (待认领) when no unit leads it yet. */
export async function ActivityStatusBadge({
  status,
  hasLeadUnit,
}: {
  status: ActivityStatus;
  hasLeadUnit: boolean;
}) {
  const t = await getTranslations("activities.plan");
  const te = await getTranslations("core.enums");
  const shown = publicStatus({ status, hasLeadUnit });
  const label = shown === "UNCLAIMED" ? t("unclaimed") : te(`ActivityStatus.${shown}`);
  return <Badge tone={toneByStatus[shown]}>{label}</Badge>;
}
