import { getTranslations } from "next-intl/server";
import { RotatingCodePanel } from "@/components/core/checkin/rotating-code-panel";
import { meetingCheckinCode } from "@/lib/meetings/attendance/code";
import { publicOrigin } from "@/lib/core/http/public-origin";

/**
 * The admin's screen at the meeting: a QR code of this minute's check-in link and the code in
 * big type for typing; the page re-renders itself when the code changes.
 */
export async function CheckinCodePanel({ meetingId }: { meetingId: number }) {
  const t = await getTranslations("meetings.attendance");
  const code = meetingCheckinCode(meetingId);
  const path = `/meetings/${meetingId}/checkin?code=${code}`;
  const url = `${publicOrigin()}${path}`;
  return (
    <RotatingCodePanel
      url={url}
      code={code}
      labels={{
        heading: t("scanToCheckIn"),
        qrLabel: t("qrLabel"),
        currentCode: t("currentCode"),
        codeRotates: t("codeRotates"),
        reloadForCode: t("reloadForCode"),
      }}
    />
  );
}
