import { Link } from "@/lib/core/i18n/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { describePlace } from "@/lib/meetings/form-values";
import type { ResponseCounts } from "@/lib/meetings/queries";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { MeetingStatusBadge } from "./meeting-status-badge";

type Place = { place: string; onlineUrl: string | null; venue: { name: string } | null };

export type MeetingListRow = {
  id: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: Date;
  isPublic: boolean;
} & (Place | { counts: ResponseCounts });

/**
 * One group of meetings (upcoming or past), for the public list and the admin's. The admin's
 * (`admin`) links to the meeting's admin page and shows every status, the public marker and
 * the answer counts; the public one shows where the meeting is and only unusual statuses.
 * Not async (hooks): also rendered in the browser by the public list's island for members.
 */
export function MeetingList({
  heading,
  empty,
  rows,
  admin = false,
}: {
  heading: string;
  empty: string;
  rows: MeetingListRow[];
  admin?: boolean;
}) {
  const t = useTranslations("meetings.meeting");
  const format = useFormatter();
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{heading}</h2>
      {rows.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((meeting) => {
            const place = "place" in meeting ? describePlace(meeting, t("list.online")) : "";
            return (
              <Card key={meeting.id} as="li" variant={admin ? "raised" : "outlined"}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm text-stone-600">{t(`kind.${meeting.kind}`)}</span>
                  {admin || meeting.status !== "SCHEDULED" ? (
                    <MeetingStatusBadge status={meeting.status} />
                  ) : null}
                  {admin && meeting.isPublic ? <Badge tone="blue">{t("list.public")}</Badge> : null}
                </div>
                <Link
                  href={admin ? `/admin/meetings/${meeting.id}` : `/meetings/${meeting.id}`}
                  className="mt-1 block font-medium text-brand-700 underline underline-offset-2 break-words"
                >
                  {meeting.title}
                </Link>
                <p className="text-sm text-stone-700">
                  {format.dateTime(meeting.startsAt, { dateStyle: "medium", timeStyle: "short" })}
                  {place ? ` · ${place}` : ""}
                </p>
                {"counts" in meeting ? (
                  <p className="text-sm text-stone-700">
                    {t("admin.countsLine", {
                      attend: meeting.counts.ATTEND,
                      delegate: meeting.counts.DELEGATE,
                      excused: meeting.counts.EXCUSED,
                      pending: meeting.counts.PENDING,
                    })}
                  </p>
                ) : null}
              </Card>
            );
          })}
        </ul>
      )}
    </section>
  );
}
