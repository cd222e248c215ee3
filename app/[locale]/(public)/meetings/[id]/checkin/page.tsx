import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingCheckinForm } from "@/components/meetings/attendance/meeting-checkin-form";
import { getCheckinMeeting } from "@/lib/meetings/attendance/queries";
import { checkinOpensAt, checkinWindowState } from "@/lib/meetings/attendance/window";
import { requireSecretary } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { BackLink } from "@/components/ui/back-link";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.attendance");
  return { title: t("checkinTitle") };
}

/** Where the meeting's QR code leads: a unit secretary checks the unit in and says how many came. */
export default async function MeetingCheckinPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const raw = (await params).id;
  const rawCode = (await searchParams).code;
  const code = typeof rawCode === "string" && /^[A-Za-z0-9]{1,12}$/.test(rawCode) ? rawCode : "";
  const user = await requireSecretary(
    `/meetings/${encodeURIComponent(raw)}/checkin${code ? `?code=${encodeURIComponent(code)}` : ""}`,
  );
  const parsed = idField.safeParse(raw);
  const meeting = parsed.success ? await getCheckinMeeting(parsed.data, user.unitId) : null;
  if (!meeting) notFound();
  const t = await getTranslations("meetings.attendance");
  const state = checkinWindowState(meeting);
  const invitation = meeting.invitations[0];
  const record = meeting.attendance[0];

  let body: React.ReactNode;
  if (!invitation) body = <Note>{t("notInvitedNote")}</Note>;
  else if (state === "cancelled") body = <Note>{t("window.cancelled")}</Note>;
  else if (state === "notYet") {
    body = <Note>{t("window.notYet", { time: formatBeijingDateTime(checkinOpensAt(meeting)) })}</Note>;
  } else if (state === "closed") body = <Note>{t("window.closedForSecretary")}</Note>;
  else {
    body = (
      <>
        {invitation.response === "DELEGATE" ? <p className="text-sm">{t("checkInAsDelegate")}</p> : null}
        <MeetingCheckinForm meetingId={meeting.id} code={code} headcount={record?.headcount ?? null} />
      </>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4">
      <BackLink href={`/meetings/${meeting.id}`} label={t("backToMeeting")} />
      <h1 className="text-2xl font-bold break-words">{t("checkinFor", { title: meeting.title })}</h1>
      {record ? (
        <p role="status" className="rounded bg-green-50 p-3 text-green-900" data-testid="checked-in">
          {t("alreadyCheckedIn", { status: t(`status.${record.status}`), count: record.headcount })}
        </p>
      ) : null}
      {body}
    </div>
  );
}

function Note({ children }: { children: React.ReactNode }) {
  return <p className="rounded bg-stone-100 p-3">{children}</p>;
}
