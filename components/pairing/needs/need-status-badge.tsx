import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { NeedOfferStatus, NeedStatus } from "@/lib/generated/prisma/enums";

const needTones: Record<NeedStatus, BadgeTone> = {
  OPEN: "amber",
  MATCHED: "blue",
  CLOSED: "green",
  CANCELLED: "neutral",
};

const offerTones: Record<NeedOfferStatus, BadgeTone> = {
  OFFERED: "amber",
  ACCEPTED: "green",
  DECLINED: "neutral",
  WITHDRAWN: "neutral",
};

export async function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const t = await getTranslations("pairing.needs.status");
  return <Badge tone={needTones[status]}>{t(status)}</Badge>;
}

export async function OfferStatusBadge({ status }: { status: NeedOfferStatus }) {
  const t = await getTranslations("pairing.needs.offerStatus");
  return <Badge tone={offerTones[status]}>{t(status)}</Badge>;
}
