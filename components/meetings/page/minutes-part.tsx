import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { Card } from "@/components/ui/card";
import { PublishedMinutes } from "./minutes-slot";

const link = "text-brand-700 underline underline-offset-2";

/**
 * The minutes: the published text with its errata for those allowed to read it; for writers,
 * links to the editor and versions with the state and their draft.
 */
export function MinutesPart({ view }: { view: MeetingPageView }) {
  // Bound to the parts it reads, so the page ships only those messages (issue 14).
  const t = useTranslations("meetings.minutes.section");
  const tStatus = useTranslations("meetings.minutes.status");
  const tVisibility = useTranslations("meetings.minutes.visibility");
  const { minutes, meeting } = view;
  if (!minutes) return null;
  const { writer, published } = minutes;
  return (
    <section aria-labelledby="minutes-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="minutes-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {writer?.links ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/meetings/${meeting.id}/minutes`} className={link}>
              {writer.status === "PUBLISHED" ? t("view") : t("edit")}
            </Link>
            {writer.currentVersion > 0 ? (
              <Link href={`/meetings/${meeting.id}/minutes/versions`} className={link}>
                {t("versions")}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {writer ? (
        <div className="space-y-1 rounded bg-stone-100 p-3 text-sm">
          <p>
            {writer.currentVersion > 0
              ? t("writerStatus", {
                  status: tStatus(writer.status),
                  version: writer.currentVersion,
                })
              : t("writerNoVersion")}
          </p>
          {writer.draftSavedAt && writer.status === "DRAFT" ? (
            <p className="text-sky-900">
              {t("draftPending", { time: formatBeijingDateTime(new Date(writer.draftSavedAt)) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {published ? (
        <>
          <p className="text-sm text-stone-600">
            {t("publishedOn", {
              time: published.publishedAt ? formatBeijingDateTime(new Date(published.publishedAt)) : "",
              visibility: tVisibility(published.visibility),
            })}
          </p>
          <Card as="div" variant="outlined" className="sm:p-5">
            <PublishedMinutes published={published} />
          </Card>
        </>
      ) : (
        <p className="text-stone-700">{t("notPublished")}</p>
      )}
    </section>
  );
}
