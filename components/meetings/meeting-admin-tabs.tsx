import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/ui/sub-nav";

/** The pages of one meeting that the committee works on; shown on each of them. */
export async function MeetingAdminTabs({ meetingId }: { meetingId: number }) {
  const t = await getTranslations("meetings.meeting");
  return (
    <SubNav
      label={t("tabs.label")}
      links={[
        { href: `/admin/meetings/${meetingId}`, label: t("tabs.overview"), exact: true },
        { href: `/admin/meetings/${meetingId}/agenda`, label: t("tabs.agenda") },
        { href: `/admin/meetings/${meetingId}/attendance`, label: t("tabs.attendance") },
        { href: `/meetings/${meetingId}/minutes`, label: t("tabs.minutes") },
        { href: `/meetings/${meetingId}/decisions`, label: t("tabs.decisions") },
        { href: `/meetings/${meetingId}/print`, label: t("tabs.print") },
      ]}
    />
  );
}
