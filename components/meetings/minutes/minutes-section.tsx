import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/core/auth/session";
import { canWriteMinutes } from "@/lib/meetings/access";
import { getMeetingBasics } from "@/lib/meetings/queries";
import { getMinutesStatus, getPublishedMinutes } from "@/lib/meetings/minutes/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { PublishedMinutesView } from "./published-minutes";
import { Card } from "@/components/ui/card";

const link = "text-brand-700 underline underline-offset-2";

/**
 * The minutes on the meeting page: the published text with its errata for those allowed to
 * read it; for writers, links to the editor and versions with the state and their draft.
 */
export async function MinutesSection({ meetingId }: { meetingId: number }) {
  const t = await getTranslations("meetings.minutes");
  const viewer = await getCurrentUser();
  const meeting = await getMeetingBasics(meetingId);
  if (!meeting) return null;
  const writer = canWriteMinutes(viewer, meeting);
  const [published, status] = await Promise.all([
    getPublishedMinutes(meetingId, viewer),
    writer ? getMinutesStatus(meetingId, viewer!.id) : null,
  ]);
  // Visitors see nothing of minutes they may not read, not even that they exist.
  if (!published && !writer && !viewer) return null;

  return (
    <section aria-labelledby="minutes-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="minutes-heading" className="text-lg font-semibold">
          {t("section.heading")}
        </h2>
        {status && meeting.status !== "CANCELLED" ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/meetings/${meetingId}/minutes`} className={link}>
              {status.status === "PUBLISHED" ? t("section.view") : t("section.edit")}
            </Link>
            {status.currentVersion > 0 ? (
              <Link href={`/meetings/${meetingId}/minutes/versions`} className={link}>
                {t("section.versions")}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {status ? (
        <div className="space-y-1 rounded bg-stone-100 p-3 text-sm">
          <p>
            {status.currentVersion > 0
              ? t("section.writerStatus", {
                  status: t(`status.${status.status}`),
                  version: status.currentVersion,
                })
              : t("section.writerNoVersion")}
          </p>
          {status.draft && status.status === "DRAFT" ? (
            <p className="text-sky-900">
              {t("section.draftPending", { time: formatBeijingDateTime(status.draft.updatedAt) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {published ? (
        <>
          <p className="text-sm text-stone-600">
            {t("section.publishedOn", {
              time: published.publishedAt ? formatBeijingDateTime(published.publishedAt) : "",
              visibility: t(`visibility.${published.visibility}`),
            })}
          </p>
          <Card as="div" variant="outlined" className="sm:p-5">
            <PublishedMinutesView body={published.body} errata={published.errata} />
          </Card>
        </>
      ) : (
        <p className="text-stone-700">{t("section.notPublished")}</p>
      )}
    </section>
  );
}
