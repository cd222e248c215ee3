import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { DecisionStatus } from "@/components/meetings/decisions/decision-status";
import { PublishedMinutesView } from "@/components/meetings/minutes/published-minutes";
import { Card } from "@/components/ui/card";

const link = "text-brand-700 underline underline-offset-2";

/**
 * The minutes: the published text with its errata for those allowed to read it; for writers,
 * links to the editor and versions with the state and their draft.
 */
export function MinutesPart({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.minutes");
  const { minutes, meeting } = view;
  if (!minutes) return null;
  const { writer, published } = minutes;
  return (
    <section aria-labelledby="minutes-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="minutes-heading" className="text-lg font-semibold">
          {t("section.heading")}
        </h2>
        {writer?.links ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/meetings/${meeting.id}/minutes`} className={link}>
              {writer.status === "PUBLISHED" ? t("section.view") : t("section.edit")}
            </Link>
            {writer.currentVersion > 0 ? (
              <Link href={`/meetings/${meeting.id}/minutes/versions`} className={link}>
                {t("section.versions")}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {writer ? (
        <div className="space-y-1 rounded bg-stone-100 p-3 text-sm">
          <p>
            {writer.currentVersion > 0
              ? t("section.writerStatus", {
                  status: t(`status.${writer.status}`),
                  version: writer.currentVersion,
                })
              : t("section.writerNoVersion")}
          </p>
          {writer.draftSavedAt && writer.status === "DRAFT" ? (
            <p className="text-sky-900">
              {t("section.draftPending", { time: formatBeijingDateTime(new Date(writer.draftSavedAt)) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {published ? (
        <>
          <p className="text-sm text-stone-600">
            {t("section.publishedOn", {
              time: published.publishedAt ? formatBeijingDateTime(new Date(published.publishedAt)) : "",
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

/** The decisions, for members; for visitors once the minutes were published for the public. */
export function DecisionsPart({ view }: { view: MeetingPageView }) {
  const t = useTranslations("meetings.decisions");
  const { decisions, meeting } = view;
  if (!decisions) return null;
  return (
    <section aria-labelledby="meeting-decisions-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="meeting-decisions-heading" className="text-lg font-semibold">
          {t("section.heading")}
        </h2>
        {decisions.link ? (
          <Link href={`/meetings/${meeting.id}/decisions`} className="text-sm text-brand-700 underline">
            {decisions.link === "manage" ? t("section.manage") : t("section.details")}
          </Link>
        ) : null}
      </div>
      {decisions.items.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2">
          {decisions.items.map((decision) => (
            <li key={decision.id} className="rounded-lg bg-white p-3 shadow-sm">
              <p className="font-medium break-words">{decision.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
                <span>{t("ownedBy", { unit: decision.owner })}</span>
                <span>{t("dueOn", { date: decision.dueOn })}</span>
                <DecisionStatus status={decision.status} overdue={decision.overdue} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
