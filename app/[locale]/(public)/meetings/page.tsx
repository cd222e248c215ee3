import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { listMeetings } from "@/lib/meetings/queries";
import { MeetingList } from "@/components/meetings/meeting-list";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting.list");
  return { title: t("title") };
}

/** Members see every meeting; visitors only the public ones, with a hint to sign in. */
export default async function MeetingsPage() {
  const viewer = await getCurrentUser();
  const member = can(viewer, "meeting.view");
  const [{ upcoming, past }, t] = await Promise.all([
    listMeetings(member),
    getTranslations("meetings.meeting.list"),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      {member ? null : (
        <p className="rounded bg-sky-50 p-3 text-sky-900">
          {t("signInHint")}{" "}
          <Link href="/login?callbackUrl=%2Fmeetings" className="font-medium underline underline-offset-2">
            {t("signIn")}
          </Link>
        </p>
      )}
      <MeetingList heading={t("upcoming")} empty={t("noUpcoming")} rows={upcoming} />
      <MeetingList heading={t("past")} empty={t("noPast")} rows={past} />
    </div>
  );
}
