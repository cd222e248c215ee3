import { getTranslations } from "next-intl/server";
import type { UnitStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<UnitStatus, BadgeTone> = { ACTIVE: "green", SUSPENDED: "amber", WITHDRAWN: "neutral" };

export async function UnitStatusBadge({ status }: { status: UnitStatus }) {
  const te = await getTranslations("core.enums");
  return <Badge tone={tones[status]}>{te(`UnitStatus.${status}`)}</Badge>;
}
