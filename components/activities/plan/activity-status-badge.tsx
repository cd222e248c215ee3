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

type StatusInput = { status: ActivityStatus; hasLeadUnit: boolean };

/** The public status's label and tone: "unclaimed" (待认领) when no unit leads it yet. */
export async function statusBadgeText(): Promise<(input: StatusInput) => { tone: BadgeTone; label: string }> {
  const [t, te] = await Promise.all([getTranslations("activities.plan"), getTranslations("core.enums")]);
  return (input) => {
    const shown = publicStatus(input);
    const label = shown === "UNCLAIMED" ? t("unclaimed") : te(`ActivityStatus.${shown}`);
    return { tone: toneByStatus[shown], label };
  };
}

/** The public status of an activity of the list as a badge. */
export async function ActivityStatusBadge(input: StatusInput) {
  const { tone, label } = (await statusBadgeText())(input);
  return <Badge tone={tone}>{label}</Badge>;
}
