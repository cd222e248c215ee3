import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MyCommitmentRecord } from "@/lib/activities/commitments/queries";
import { CommitmentStatusBadge } from "./status-badge";

/** Where a record's photo is served (private: the unit's secretaries and admins). */
export const photoPath = (photoId: number) => `/my/commitments/photos/${photoId}`;

/**
 * A record as its unit and the reviewing admin read it: what, when, the evidence (linked
 * activity or meeting, photos) and, when returned, the admin's note.
 */
export async function RecordDetails({
  record,
  meetingHref,
}: {
  record: MyCommitmentRecord;
  /** Where a linked meeting opens: the admin's page or the members' one. */
  meetingHref: (id: number) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("activities.commitments"), getFormatter()]);
  return (
    <div className="space-y-2 text-sm" data-record={record.id}>
      <p className="flex flex-wrap items-center gap-2 text-stone-700">
        <span>{t(`commitment.${record.commitment}`)}</span>
        <span aria-hidden="true">·</span>
        <span>
          {t("occurredOn", {
            date: format.dateTime(record.occurredOn, { dateStyle: "medium", timeZone: "UTC" }),
          })}
        </span>
        <CommitmentStatusBadge status={record.status} label={t(`status.${record.status}`)} />
      </p>
      {record.status === "RETURNED" ? (
        <p className="rounded bg-red-50 p-3 text-red-900" data-review-note>
          {t("returnedWith", { note: record.reviewNote })}
        </p>
      ) : record.status === "SUBMITTED" && record.reviewNote ? (
        <p className="rounded bg-stone-100 p-3 text-stone-700">
          {t("lastNote", { note: record.reviewNote })}
        </p>
      ) : null}
      <p className="whitespace-pre-line break-words text-stone-800">{record.description}</p>
      {record.activity ? (
        <p>
          {t("linkedActivity")}{" "}
          <Link href={`/activities/${record.activity.id}`} className="break-words text-brand-700 underline">
            {record.activity.title}
          </Link>
        </p>
      ) : null}
      {record.meeting ? (
        <p>
          {t("linkedMeeting")}{" "}
          <Link href={meetingHref(record.meeting.id)} className="break-words text-brand-700 underline">
            {record.meeting.title}
          </Link>
        </p>
      ) : null}
      {record.community ? <p>{t("community", { name: record.community.name })}</p> : null}
      {record.roster.length > 0 ? <p>{t("rosterCount", { count: record.roster.length })}</p> : null}
      {record.photos.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("photos")}>
          {record.photos.map((photo, index) => (
            <li key={photo.id}>
              <a href={photoPath(photo.id)} target="_blank" rel="noreferrer" className="block">
                {/* eslint-disable-next-line @next/next/no-img-element -- private bytes from our own route */}
                <img
                  src={photoPath(photo.id)}
                  alt={t("photoAlt", { n: index + 1, title: record.title })}
                  className="h-24 w-24 rounded object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
