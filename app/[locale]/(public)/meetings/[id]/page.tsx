import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { getViewableMeeting } from "@/lib/meetings/access";
import { isWebUrl } from "@/lib/meetings/form-values";
import { getMeetingDetail } from "@/lib/meetings/queries";
import { AgendaSection } from "@/components/meetings/agenda/agenda-section";
import { AttendanceSection } from "@/components/meetings/attendance/attendance-section";
import { DecisionsSection } from "@/components/meetings/decisions/decisions-section";
import { RsvpSection } from "@/components/meetings/rsvp-section";
import { MinutesSection } from "@/components/meetings/minutes/minutes-section";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const { meeting } = await getViewableMeeting(id, `/meetings/${encodeURIComponent(id)}`);
  return { title: meeting.title };
}

const link = "text-brand-700 underline underline-offset-2";

export default async function MeetingPage({ params }: { params: Params }) {
  const { id } = await params;
  const { meeting, viewer } = await getViewableMeeting(id, `/meetings/${encodeURIComponent(id)}`);
  const detail = await getMeetingDetail(meeting.id);
  if (!detail) notFound();
  const [t, format] = await Promise.all([getTranslations("meetings.meeting"), getFormatter()]);
  const member = can(viewer, "meeting.view");
  const admin = can(viewer, "meetings.manage");
  const when = meeting.endsAt
    ? format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short" })
    : format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short" });
  const host = detail.hostUnit;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/meetings" className={`text-sm ${link}`}>
          {t("detail.backToList")}
        </Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <MeetingStatusBadge status={meeting.status} />
          <span className="text-sm text-stone-600">{t(`kind.${meeting.kind}`)}</span>
        </div>
        <h1 className="text-2xl font-bold leading-tight break-words sm:text-3xl">{meeting.title}</h1>
        {admin ? (
          <Link href={`/admin/meetings/${meeting.id}`} className={`text-sm ${link}`}>
            {t("detail.manage")}
          </Link>
        ) : null}
      </header>
      {meeting.status === "CANCELLED" ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("detail.cancelledBecause", { reason: detail.cancelReason })}
        </p>
      ) : null}
      <Card variant="outlined" aria-labelledby="details-heading" className="sm:p-5">
        <h2 id="details-heading" className="sr-only">
          {t("detail.when")}
        </h2>
        <DetailList>
          <DetailRow label={t("detail.when")}>{when}</DetailRow>
          <DetailRow label={t("detail.kind")}>{t(`kind.${meeting.kind}`)}</DetailRow>
          {detail.venue ? (
            <DetailRow label={t("detail.venue")}>
              {detail.venue.name} · {detail.venue.unit.shortName}
              {detail.venue.address ? (
                <span className="block text-sm text-stone-600">{detail.venue.address}</span>
              ) : null}
            </DetailRow>
          ) : null}
          {detail.place || !detail.venue ? (
            <DetailRow label={t("detail.place")}>{detail.place || t("detail.toBeDecided")}</DetailRow>
          ) : null}
          {detail.onlineUrl ? (
            <DetailRow label={t("detail.online")}>
              {/* A stored link is followed only when it is http(s), whatever wrote it. */}
              {member && isWebUrl(detail.onlineUrl) ? (
                <a
                  href={detail.onlineUrl}
                  className={`${link} break-all`}
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {t("detail.join")}
                </a>
              ) : member ? (
                <span className="break-all">{detail.onlineUrl}</span>
              ) : (
                <span className="text-sm text-stone-600">{t("detail.onlineMembersOnly")}</span>
              )}
            </DetailRow>
          ) : null}
          {host ? (
            <DetailRow label={t("detail.host")}>
              {host.status === "WITHDRAWN" ? (
                host.name
              ) : (
                <Link href={`/units/${host.slug}`} className={link}>
                  {host.name}
                </Link>
              )}
            </DetailRow>
          ) : null}
        </DetailList>
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <a href={`/meetings/${meeting.id}/invite.ics`} className={link}>
            {t("detail.calendar")}
          </a>
          <Link href={`/meetings/${meeting.id}/print`} className={link}>
            {t("detail.print")}
          </Link>
        </p>
      </Card>
      <RsvpSection meeting={meeting} viewer={viewer} />
      <AgendaSection meetingId={meeting.id} />
      <AttendanceSection meetingId={meeting.id} />
      <MinutesSection meetingId={meeting.id} />
      <DecisionsSection meetingId={meeting.id} />
    </article>
  );
}
