import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { listMeetingsForAdmin } from "@/lib/meetings/queries";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting.admin");
  return { title: t("title") };
}

type Row = Awaited<ReturnType<typeof listMeetingsForAdmin>>["upcoming"][number];

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
        <Link href="/admin/meetings/new" className={buttonClass()}>
          {t("admin.new")}
        </Link>
      </header>
      <MeetingGroup heading={tl("upcoming")} empty={tl("noUpcoming")} rows={upcoming} />
      <MeetingGroup heading={tl("past")} empty={tl("noPast")} rows={past} />
    </div>
  );
}

async function MeetingGroup({ heading, empty, rows }: { heading: string; empty: string; rows: Row[] }) {
  const [t, format] = await Promise.all([getTranslations("meetings.meeting"), getFormatter()]);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{heading}</h2>
      {rows.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((meeting) => (
            <li key={meeting.id} className="rounded-lg bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge
                  tone={
                    meeting.status === "CANCELLED" ? "amber" : meeting.status === "HELD" ? "green" : "brand"
                  }
                >
                  {t(`status.${meeting.status}`)}
                </Badge>
                <span className="text-sm text-stone-600">{t(`kind.${meeting.kind}`)}</span>
                {meeting.isPublic ? <Badge tone="blue">{t("list.public")}</Badge> : null}
              </div>
              <Link
                href={`/admin/meetings/${meeting.id}`}
                className="mt-1 block font-medium text-brand-700 underline underline-offset-2 break-words"
              >
                {meeting.title}
              </Link>
              <p className="text-sm text-stone-600">
                {format.dateTime(meeting.startsAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p className="text-sm text-stone-700">
                {t("admin.countsLine", {
                  attend: meeting.counts.ATTEND,
                  delegate: meeting.counts.DELEGATE,
                  excused: meeting.counts.EXCUSED,
                  pending: meeting.counts.PENDING,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
