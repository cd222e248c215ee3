import { useTranslations } from "next-intl";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<MeetingStatus, BadgeTone> = { SCHEDULED: "brand", HELD: "green", CANCELLED: "amber" };

/** A meeting's status as a label (scheduled, held, cancelled). */
// Not async (hooks): rendered on the server, and in the browser by the meetings list's island.
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("meetings.meeting");
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}
