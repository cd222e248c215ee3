import { lazy, Suspense } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import { isWebUrl } from "@/lib/meetings/form-values";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { Card } from "@/components/ui/card";
import { AgendaPart } from "./agenda-part";
import { AttendancePart } from "./attendance-part";
import { DecisionsPart } from "./decisions-part";
import { MinutesPart } from "./minutes-part";

const link = "text-brand-700 underline underline-offset-2";

// Only an invited unit's secretary answers, and only after the island has said so: the form's
// code loads then, not with the cached page every visitor opens (issue 14's script budget).
const RsvpForm = lazy(() =>
  import("@/components/meetings/rsvp-form").then((module) => ({ default: module.RsvpForm })),
);

type Props = { view: MeetingPageView; onResult: () => void };

/** The meeting page from its view (the public one in the cached HTML, the visitor's after). */
export function MeetingBody({ view, onResult }: Props) {
  const t = useTranslations("meetings.meeting");
  const { meeting, detail } = view;
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
        {view.admin ? (
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
      <Details view={view} />
      <Rsvp view={view} onResult={onResult} />
      <AgendaPart view={view} />
      <AttendancePart view={view} />
      <MinutesPart view={view} />
      <DecisionsPart view={view} />
    </article>
  );
}

function Details({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.meeting");
  const format = useFormatter();
  const { meeting, detail } = view;
  const style = { dateStyle: "full", timeStyle: "short" } as const;
  const startsAt = new Date(meeting.startsAt);
  const when = meeting.endsAt
    ? format.dateTimeRange(startsAt, new Date(meeting.endsAt), style)
    : format.dateTime(startsAt, style);
  const { venue, host, online } = detail;
  return (
    <Card variant="outlined" aria-labelledby="details-heading" className="sm:p-5">
      <h2 id="details-heading" className="sr-only">
        {t("detail.when")}
      </h2>
      <DetailList>
        <DetailRow label={t("detail.when")}>{when}</DetailRow>
        <DetailRow label={t("detail.kind")}>{t(`kind.${meeting.kind}`)}</DetailRow>
        {venue ? (
          <DetailRow label={t("detail.venue")}>
            {venue.name} · {venue.unit}
            {venue.address ? <span className="block text-sm text-stone-600">{venue.address}</span> : null}
          </DetailRow>
        ) : null}
        {detail.place || !venue ? (
          <DetailRow label={t("detail.place")}>{detail.place || t("detail.toBeDecided")}</DetailRow>
        ) : null}
        {online ? (
          <DetailRow label={t("detail.online")}>
            {/* A stored link is followed only when it is http(s), whatever wrote it. */}
            {online.url && isWebUrl(online.url) ? (
              <a href={online.url} className={`${link} break-all`} rel="noopener noreferrer" target="_blank">
                {t("detail.join")}
              </a>
            ) : online.url ? (
              <span className="break-all">{online.url}</span>
            ) : (
              <span className="text-sm text-stone-600">{t("detail.onlineMembersOnly")}</span>
            )}
          </DetailRow>
        ) : null}
        {host ? (
          <DetailRow label={t("detail.host")}>
            {host.withdrawn ? (
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
  );
}

/**
 * The viewer's unit's answer: a form for its secretary while answers are open, the answer alone
 * afterwards. Admins, visitors and uninvited units see nothing here.
 */
function Rsvp({ view, onResult }: Props) {
  const t = useTranslations("meetings.meeting");
  const { rsvp, meeting } = view;
  if (!rsvp) return null;
  const detail = rsvp.delegateName || rsvp.excuseReason;
  return (
    <section
      aria-labelledby="rsvp-heading"
      className={`space-y-3 rounded-lg border p-4 ${
        rsvp.response === "PENDING" && rsvp.open
          ? "border-amber-300 bg-amber-50"
          : "border-stone-200 bg-white"
      }`}
    >
      <h2 id="rsvp-heading" className="text-lg font-semibold">
        {t("rsvp.heading")}
      </h2>
      <p className="text-stone-800">
        {t("rsvp.current", { answer: t(`response.${rsvp.response}`) })}
        {detail ? ` · ${detail}` : ""}
      </p>
      {meeting.status === "CANCELLED" ? (
        <p className="text-stone-700">{t("rsvp.cancelled")}</p>
      ) : rsvp.open ? (
        <Suspense fallback={null}>
          <RsvpForm meetingId={meeting.id} current={rsvp} onResult={onResult} />
        </Suspense>
      ) : (
        <p className="text-stone-700">{t("rsvp.closed")}</p>
      )}
    </section>
  );
}
