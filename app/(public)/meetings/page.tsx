import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { describePlace } from "@/lib/meetings/form-values";
import { listMeetings } from "@/lib/meetings/queries";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.meeting.list");
  return { title: t("title") };
}

type Row = Awaited<ReturnType<typeof listMeetings>>["upcoming"][number];

/** Members see every meeting; visitors only the public ones, with a hint to sign in. */
export default async function MeetingsPage() {
  const viewer = await getCurrentUser();
  const member = can(viewer, { action: "meeting.view" });
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

async function MeetingList({ heading, empty, rows }: { heading: string; empty: string; rows: Row[] }) {
  const [t, format] = await Promise.all([getTranslations("meetings.meeting"), getFormatter()]);
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{heading}</h2>
      {rows.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((meeting) => (
            <li key={meeting.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-stone-600">{t(`kind.${meeting.kind}`)}</span>
                {meeting.status !== "SCHEDULED" ? (
                  <Badge tone={meeting.status === "CANCELLED" ? "amber" : "green"}>
                    {t(`status.${meeting.status}`)}
                  </Badge>
                ) : null}
              </div>
              <Link
                href={`/meetings/${meeting.id}`}
                className="mt-1 block font-medium text-brand-700 underline underline-offset-2 break-words"
              >
                {meeting.title}
              </Link>
              <p className="text-sm text-stone-700">
                {format.dateTime(meeting.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                {describePlace(meeting, t("list.online"))
                  ? ` · ${describePlace(meeting, t("list.online"))}`
                  : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
