import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttendanceStatusBadge } from "@/components/meetings/attendance/status-badge";
import { AttendanceTotalsLine } from "@/components/meetings/attendance/attendance-totals";
import { CheckinCodePanel } from "@/components/meetings/attendance/checkin-code-panel";
import { RecordAttendanceForm } from "@/components/meetings/attendance/record-attendance-form";
import { MeetingAdminTabs } from "@/components/meetings/meeting-admin-tabs";
import { getAttendance, type AttendanceRow } from "@/lib/meetings/attendance/queries";
import { canRecordAttendance, checkinOpensAt, checkinWindowState } from "@/lib/meetings/attendance/window";
import { requireAdmin } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.attendance");
  return { title: t("pageTitle") };
}

/** What the admin's form starts with: the record, else what the invitation answer suggests. */
function proposedStatus(row: AttendanceRow): { status: string; headcount: number } {
  if (row.recorded) return { status: row.recorded, headcount: row.headcount };
  if (row.rsvp === "EXCUSED") return { status: "EXCUSED", headcount: 0 };
  if (row.rsvp === "DELEGATE") return { status: "DELEGATE", headcount: 1 };
  return { status: row.status ?? "PRESENT", headcount: row.status === "ABSENT" ? 0 : 1 };
}

/** The admin's attendance page: the rotating check-in code during the window, and ticking per unit. */
async function MeetingAttendancePageContent({ params }: { params: Params }) {
  const raw = (await params).id;
  await requireAdmin(`/admin/meetings/${encodeURIComponent(raw)}/attendance`);
  const parsed = idField.safeParse(raw);
  const attendance = parsed.success ? await getAttendance(parsed.data) : null;
  if (!attendance) notFound();
  const { meeting, rows, totals } = attendance;
  const t = await getTranslations("meetings.attendance");
  const now = new Date();
  const state = checkinWindowState(meeting, now);
  const opensAt = formatBeijingDateTime(checkinOpensAt(meeting));
  const recordable = canRecordAttendance(meeting, now);

  return (
    <div className="space-y-6">
      <MeetingAdminTabs meetingId={meeting.id} />
      <h1 className="text-2xl font-bold break-words">
        {t("pageTitle")} · {meeting.title}
      </h1>
      {state === "open" ? (
        <CheckinCodePanel meetingId={meeting.id} />
      ) : (
        <p role="status" className="rounded bg-stone-100 p-3">
          {state === "notYet" ? t("window.notYet", { time: opensAt }) : t(`window.${state}`)}
        </p>
      )}
      <section aria-labelledby="ticking-heading" className="space-y-3">
        <h2 id="ticking-heading" className="text-lg font-semibold">
          {t("admin.heading")}
        </h2>
        <AttendanceTotalsLine totals={totals} />
        {rows.length === 0 ? <p>{t("admin.noInvitations")}</p> : null}
        {recordable ? <p className="text-sm text-stone-600">{t("admin.hint")}</p> : null}
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.unitId}>
              <Card
                as="article"
                variant="outlined"
                aria-labelledby={`attendance-unit-${row.unitId}`}
                className="space-y-3"
              >
                <h3 id={`attendance-unit-${row.unitId}`} className="font-semibold break-words">
                  {row.unitName}
                </h3>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-stone-600">{t("table.rsvp")}</dt>
                  <dd>
                    {t(`rsvp.${row.rsvp as "PENDING"}`)}
                    {row.rsvp === "DELEGATE" && row.delegateName ? `（${row.delegateName}）` : null}
                  </dd>
                  <dt className="text-stone-600">{t("table.status")}</dt>
                  <dd>
                    <AttendanceStatusBadge status={row.status} />
                  </dd>
                  <dt className="text-stone-600">{t("table.people")}</dt>
                  <dd>{row.headcount}</dd>
                  <dt className="text-stone-600">{t("table.method")}</dt>
                  <dd>{t(`method.${row.method ?? "none"}`)}</dd>
                </dl>
                {recordable ? (
                  <RecordAttendanceForm
                    meetingId={meeting.id}
                    unitId={row.unitId}
                    unitName={row.unitName}
                    {...proposedStatus(row)}
                  />
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function MeetingAttendancePage(props: Parameters<typeof MeetingAttendancePageContent>[0]) {
  return (
    <ClientMessages
      forms
      namespaces={[
        "activities.checkin.codeInvalid",
        "activities.checkin.nextCodeIn",
        "meetings.attendance",
        "meetings.meeting.errors",
      ]}
    >
      <MeetingAttendancePageContent {...props} />
    </ClientMessages>
  );
}
