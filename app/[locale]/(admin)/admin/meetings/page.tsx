import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listMeetingsForAdmin } from "@/lib/meetings/queries";
import { MeetingList } from "@/components/meetings/meeting-list";
import { ButtonLink } from "@/components/ui/button-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting");
  return { title: t("admin.title") };
}

export default async function AdminMeetingsPage() {
  await requireAdmin("/admin/meetings");
  const [{ upcoming, past }, t, tl] = await Promise.all([
    listMeetingsForAdmin(),
    getTranslations("meetings.meeting"),
    getTranslations("meetings.meeting.list"),
  ]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
        <ButtonLink href="/admin/meetings/new">{t("admin.new")}</ButtonLink>
      </header>
      <MeetingList admin heading={tl("upcoming")} empty={tl("noUpcoming")} rows={upcoming} />
      <MeetingList admin heading={tl("past")} empty={tl("noPast")} rows={past} />
    </div>
  );
}
