import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

const tones: Record<ApplicationStatus, BadgeTone> = {
  PENDING: "blue",
  NEEDS_INFO: "amber",
  APPROVED: "green",
  REJECTED: "neutral",
};

export async function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = await getTranslations("units.admission.review");
  return <Badge tone={tones[status]}>{t(`statusName.${status}`)}</Badge>;
}
