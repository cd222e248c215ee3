import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingAdminTabs } from "@/components/meetings/meeting-admin-tabs";
import { ErratumForm } from "@/components/meetings/minutes/erratum-form";
import { MinutesEditor } from "@/components/meetings/minutes/minutes-editor";
import { PublishForm } from "@/components/meetings/minutes/publish-form";
import { PublishedMinutesView } from "@/components/meetings/minutes/published-minutes";
import { BackLink } from "@/components/ui/back-link";
import { can } from "@/lib/core/auth/policy";
import { requireMinutesWriter } from "@/lib/meetings/access";
import { getMinutesErrata, getMinutesForEditor } from "@/lib/meetings/minutes/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";

type Params = Promise<{ id: string }>;

// The writers' editor, per request (it reads the session): not a cached public page.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.minutes");
  return { title: t("editor.heading") };
}

/** The minutes editor (writers only); read-only with errata once published. */
export default async function MinutesEditorPage({ params }: { params: Params }) {
  const { viewer, meeting } = await requireMinutesWriter((await params).id);
  const t = await getTranslations("meetings.minutes");
  const { minutes, current, draft } = await getMinutesForEditor(meeting.id, viewer.id);
  const published = minutes?.status === "PUBLISHED";
  const currentVersion = minutes?.currentVersion ?? 0;
  const errata = published ? await getMinutesErrata(meeting.id) : [];

  return (
    <div className="space-y-5">
      {can(viewer, "meetings.manage") ? <MeetingAdminTabs meetingId={meeting.id} /> : null}
      <BackLink href={`/meetings/${meeting.id}`} label={t("editor.meetingLink")} />
      <header className="space-y-1">
        <p className="break-words text-sm text-stone-600">{meeting.title}</p>
        <h1 className="text-2xl font-bold">{published ? t("title") : t("editor.heading")}</h1>
        {current ? (
          <p className="text-sm text-stone-700">
            {t("editor.lastSaved", {
              version: current.number,
              author: current.author.name,
              time: formatBeijingDateTime(current.createdAt),
            })}
            {" · "}
            <Link
              href={`/meetings/${meeting.id}/minutes/versions`}
              className="text-brand-700 underline underline-offset-2"
            >
              {t("editor.versionsLink")}
            </Link>
          </p>
        ) : null}
      </header>

      {meeting.status === "CANCELLED" ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("errors.meetingCancelled")}
        </p>
      ) : published ? (
        <>
          <p role="status" className="rounded bg-stone-100 p-3 text-stone-800">
            {t("editor.readOnly", {
              time: minutes.publishedAt ? formatBeijingDateTime(minutes.publishedAt) : "",
              visibility: t(`visibility.${minutes.visibility}`),
            })}
          </p>
          <Card as="article" variant="outlined" className="sm:p-6">
            <PublishedMinutesView body={current?.body ?? ""} errata={errata} />
          </Card>
          <ErratumForm meetingId={meeting.id} />
        </>
      ) : (
        <>
          <MinutesEditor
            meetingId={meeting.id}
            initialText={current?.body ?? ""}
            currentVersion={currentVersion}
            current={
              current ? { author: current.author.name, savedAt: current.createdAt.toISOString() } : null
            }
            draft={
              draft
                ? { body: draft.body, baseNumber: draft.baseNumber, savedAt: draft.updatedAt.toISOString() }
                : null
            }
          />
          {can(viewer, "meetings.manage") && currentVersion > 0 ? (
            <PublishForm
              key={currentVersion}
              meetingId={meeting.id}
              currentVersion={currentVersion}
              meetingIsPublic={meeting.isPublic}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
