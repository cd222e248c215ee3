import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getViewableMeeting } from "@/lib/meetings/access";
import { getMeetingForPrint } from "@/lib/meetings/print/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { PrintAgenda } from "@/components/meetings/print/print-agenda";
import { PrintAttendance } from "@/components/meetings/print/print-attendance";
import { PrintButton } from "@/components/meetings/print/print-button";
import { PrintDecisions } from "@/components/meetings/print/print-decisions";
import { PrintMinutes } from "@/components/meetings/print/print-minutes";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.print");
  return { title: t("title"), robots: { index: false } };
}

/** A print-ready record of one meeting: agenda, attendance, minutes and decisions on A4. */
export default async function MeetingPrintPage({ params }: { params: Params }) {
  const { id } = await params;
  const { meeting, viewer } = await getViewableMeeting(id, `/meetings/${id}/print`);
  const record = await getMeetingForPrint(meeting.id, viewer);
  if (!record) notFound();
  const [t, tm, tc] = await Promise.all([
    getTranslations("meetings.print"),
    getTranslations("meetings.meeting"),
    getTranslations("core.common"),
  ]);
  const m = record.meeting;
  const place = [m.venue?.name, m.place, m.venue?.address].filter(Boolean).join(" · ");
  const when = `${formatBeijingDateTime(m.startsAt)}${m.endsAt ? ` – ${formatBeijingDateTime(m.endsAt).slice(11)}` : ""}`;
  const facts: Array<[string, string]> = [
    [t("kind"), tm(`kind.${m.kind}`)],
    [t("time"), when],
    [t("place"), place || tc("none")],
    ...(m.onlineUrl ? [[t("online"), m.onlineUrl] as [string, string]] : []),
    [t("host"), m.hostUnit?.name ?? tc("none")],
  ];
  return (
    <article className="print-doc mx-auto max-w-3xl space-y-8 bg-white p-4 sm:p-8">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href={`/meetings/${m.id}`} className="text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <header className="space-y-3 border-b-2 border-stone-900 pb-4 text-center">
        <p className="text-sm tracking-widest">{tc("siteName")}</p>
        <h1 className="text-2xl font-bold">{m.title}</h1>
        {m.status === "CANCELLED" ? (
          <p className="font-semibold text-red-800">{t("cancelled", { reason: m.cancelReason })}</p>
        ) : null}
        <dl className="mx-auto grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-left text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <PrintAgenda agenda={record.agenda} />
      {record.attendance ? <PrintAttendance attendance={record.attendance} /> : null}
      <PrintMinutes minutes={record.minutes} />
      {record.decisions ? <PrintDecisions decisions={record.decisions} /> : null}
      <footer className="border-t border-stone-300 pt-2 text-xs text-stone-600">
        {t("printedFrom", { url: `/meetings/${m.id}` })}
      </footer>
    </article>
  );
}
