import { getTranslations } from "next-intl/server";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<MeetingStatus, BadgeTone> = { SCHEDULED: "brand", HELD: "green", CANCELLED: "amber" };

/** A meeting's status as a label (scheduled, held, cancelled). */
export async function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = await getTranslations("meetings.meeting");
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}
