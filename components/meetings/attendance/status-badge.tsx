import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AttendanceStatusName } from "@/lib/meetings/attendance/rates";

const tones: Record<AttendanceStatusName, BadgeTone> = {
  PRESENT: "green",
  DELEGATE: "blue",
  EXCUSED: "amber",
  ABSENT: "neutral",
};

/** A unit's attendance as a label; null means "not checked in" (yet). */
export function AttendanceStatusBadge({ status }: { status: AttendanceStatusName | null }) {
  const t = useTranslations("meetings.attendance");
  return <Badge tone={status ? tones[status] : "neutral"}>{t(`status.${status ?? "none"}`)}</Badge>;
}
