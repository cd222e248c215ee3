import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PairingStatus } from "@/lib/generated/prisma/enums";

const tones: Record<PairingStatus, BadgeTone> = {
  PROPOSED: "amber",
  ACTIVE: "green",
  PAUSED: "blue",
  ENDED: "neutral",
  DECLINED: "neutral",
};

/** A pairing's status as a small label. */
export async function PairingStatusBadge({ status }: { status: PairingStatus }) {
  const t = await getTranslations("pairing.pairings");
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}
