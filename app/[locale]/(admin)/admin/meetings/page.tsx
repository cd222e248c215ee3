import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import { getMeetingYearRates, listMeetingsForAdmin } from "@/lib/meetings/queries";
import { parseYearParam } from "@/lib/meetings/schemas";
import { MeetingList } from "@/components/meetings/meeting-list";
import { ButtonLink } from "@/components/ui/button-link";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting");
  return { title: t("admin.title") };
}

/** Every meeting, or one year's (`?year=`, the admin overview's link) with its answer and attendance totals. */
export default async function AdminMeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/meetings");
  const year = parseYearParam((await searchParams).year);
  const now = new Date();
  const [{ upcoming, past }, rates, t, tl] = await Promise.all([
    listMeetingsForAdmin(now, year),
    year ? getMeetingYearRates(year, now) : null,
    getTranslations("meetings.meeting"),
    getTranslations("meetings.meeting.list"),
  ]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{year ? t("admin.yearTitle", { year }) : t("admin.title")}</h1>
        <ButtonLink href="/admin/meetings/new">{t("admin.new")}</ButtonLink>
      </header>
      {year && rates ? (
        <section className="space-y-1 text-stone-800" aria-label={t("admin.yearTotals", { year })}>
          <p role="status" data-count={rates.meetings}>
            {t("admin.yearMeetings", { count: rates.meetings })}
          </p>
          <p data-answered={rates.answered} data-invited={rates.invited}>
            {t("admin.yearAnswered", { answered: rates.answered, invited: rates.invited })}
          </p>
          <p data-attended={rates.attended} data-expected={rates.expected}>
            {t("admin.yearAttended", { attended: rates.attended, expected: rates.expected })}
          </p>
          <Link href="/admin/meetings" className="text-sm text-brand-700 underline underline-offset-2">
            {t("admin.allYears")}
          </Link>
        </section>
      ) : null}
      <MeetingList admin heading={tl("upcoming")} empty={tl("noUpcoming")} rows={upcoming} />
      <MeetingList admin heading={tl("past")} empty={tl("noPast")} rows={past} />
    </div>
  );
}
