import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CommitmentStanding, FullCommitment } from "@/lib/overview/units/types";
import { linkClass } from "./year-lists";

// Told by words and a symbol, never by colour alone (as the five's own pages do).
const look: Record<CommitmentStanding, { tone: BadgeTone; symbol: string }> = {
  CONFIRMED: { tone: "green", symbol: "✓" },
  SUBMITTED: { tone: "blue", symbol: "⧗" },
  RETURNED: { tone: "amber", symbol: "↩" },
  IN_PROGRESS: { tone: "amber", symbol: "◐" },
  NOT_STARTED: { tone: "neutral", symbol: "○" },
};

/** Where a record's photo is served (private: its unit's secretaries and admins). */
const photoPath = (photoId: number) => `/my/commitments/photos/${photoId}`;

async function Standing({ status }: { status: CommitmentStanding }) {
  const t = await getTranslations("activities.commitments");
  return (
    <Badge tone={look[status].tone}>
      <span aria-hidden="true">{look[status].symbol} </span>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The five with their evidence: every record (any review status) and activities under way. */
export async function FullCommitments({
  commitments,
  recordHref,
  meetingHref,
}: {
  commitments: FullCommitment[];
  /** Where a record opens (the unit's record page); none for admins, who review on /admin/commitments. */
  recordHref?: (id: number) => string;
  meetingHref: (id: number) => string;
}) {
  const [t, tc, format] = await Promise.all([
    getTranslations("overview.unitYear"),
    getTranslations("activities.commitments"),
    getFormatter(),
  ]);
  return (
    <ul className="space-y-3">
      {commitments.map((item) => (
        <li
          key={item.commitment}
          className="space-y-2 rounded-lg border border-stone-200 bg-white p-3"
          data-commitment={item.commitment}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{tc(`commitment.${item.commitment}`)}</h3>
            <Standing status={item.status} />
          </div>
          {item.records.length === 0 && item.activities.length === 0 ? (
            <p className="text-sm text-stone-600">{t("noEvidence")}</p>
          ) : null}
          {item.activities.map((activity) => (
            <p key={activity.id} className="text-sm text-stone-700">
              {tc("underWay", { title: activity.title })}
            </p>
          ))}
          {item.records.length > 0 ? (
            <ul className="space-y-2 text-sm">
              {item.records.map((record) => (
                <li
                  key={record.id}
                  className="space-y-1 border-t border-stone-100 pt-2"
                  data-record={record.id}
                >
                  <p className="flex flex-wrap items-center gap-2">
                    {recordHref ? (
                      <Link href={recordHref(record.id)} className={linkClass}>
                        {record.title}
                      </Link>
                    ) : (
                      <span className="font-medium break-words">{record.title}</span>
                    )}
                    <Standing status={record.status} />
                  </p>
                  <p className="text-stone-700">
                    {tc("occurredOn", {
                      date: format.dateTime(record.occurredOn, { dateStyle: "medium", timeZone: "UTC" }),
                    })}
                  </p>
                  {record.status === "RETURNED" && record.reviewNote ? (
                    <p className="rounded bg-amber-50 p-2 text-amber-900">
                      {tc("returnedWith", { note: record.reviewNote })}
                    </p>
                  ) : null}
                  <p className="whitespace-pre-line break-words text-stone-800">{record.description}</p>
                  {record.activity ? (
                    <p>
                      {tc("linkedActivity")}{" "}
                      <Link href={`/activities/${record.activity.id}`} className={linkClass}>
                        {record.activity.title}
                      </Link>
                    </p>
                  ) : null}
                  {record.meeting ? (
                    <p>
                      {tc("linkedMeeting")}{" "}
                      <Link href={meetingHref(record.meeting.id)} className={linkClass}>
                        {record.meeting.title}
                      </Link>
                    </p>
                  ) : null}
                  {record.community ? <p>{tc("community", { name: record.community.name })}</p> : null}
                  {record.rosterSize > 0 ? <p>{tc("rosterCount", { count: record.rosterSize })}</p> : null}
                  {record.photoIds.length > 0 ? (
                    <ul className="flex flex-wrap gap-2" aria-label={tc("photos")}>
                      {record.photoIds.map((photoId, index) => (
                        <li key={photoId}>
                          <a href={photoPath(photoId)} target="_blank" rel="noreferrer" className="block">
                            {/* eslint-disable-next-line @next/next/no-img-element -- private bytes from our own route */}
                            <img
                              src={photoPath(photoId)}
                              alt={tc("photoAlt", { n: index + 1, title: record.title })}
                              loading="lazy"
                              className="h-16 w-16 rounded object-cover"
                            />
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
