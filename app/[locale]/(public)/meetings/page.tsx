import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { listMeetings } from "@/lib/meetings/queries";
import { MeetingList } from "@/components/meetings/meeting-list";
import { MembersMeetings } from "@/components/meetings/members-meetings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting.list");
  return { title: t("title") };
}

/**
 * The public meetings, the same for everybody and cached (issue 14); members see every meeting
 * and visitors a hint to sign in, both from the island (MembersMeetings).
 */
export default async function MeetingsPage() {
  const [{ upcoming, past }, t] = await Promise.all([
    listMeetings(false),
    getTranslations("meetings.meeting.list"),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["meetings.meeting"]}>
        <MembersMeetings>
          <MeetingList heading={t("upcoming")} empty={t("noUpcoming")} rows={upcoming} />
          <MeetingList heading={t("past")} empty={t("noPast")} rows={past} />
        </MembersMeetings>
      </ClientMessages>
    </div>
  );
}
