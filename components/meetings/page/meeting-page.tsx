"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { MeetingBody } from "./meeting-body";
import { MinutesSlotProvider, type MinutesSlot } from "./minutes-slot";
import { useMeetingView } from "./use-meeting-view";

/**
 * A meeting's page. The cached HTML holds what everybody may see (`initial`: the public view of
 * a public meeting, null for the others); once hydrated, the island asks
 * GET /api/meetings/<id>/viewer for the visitor's own view (a member's links and sections, a
 * secretary's answer form, an admin's manage link) and shows it in its place. `minutes`: the
 * public view's published minutes, rendered on the server (minutes-slot.tsx).
 */
export function MeetingPage({
  meetingId,
  initial,
  minutes = null,
}: {
  meetingId: number;
  initial: MeetingPageView | null;
  minutes?: MinutesSlot | null;
}) {
  const { answer, reload } = useMeetingView(meetingId);
  const view = answer?.view ?? initial;
  if (view) {
    return (
      <MinutesSlotProvider value={minutes}>
        <MeetingBody view={view} onResult={reload} />
      </MinutesSlotProvider>
    );
  }
  return <MembersOnly meetingId={meetingId} signedIn={answer?.signedIn ?? false} />;
}

/** What the cached page of a members-only meeting says: nothing of the meeting but that. */
function MembersOnly({ meetingId, signedIn }: { meetingId: number; signedIn: boolean }) {
  const t = useTranslations("meetings.meeting");
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/meetings" className="text-sm text-brand-700 underline underline-offset-2">
          {t("detail.backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("detail.membersOnlyTitle")}</h1>
      <p role="status" className="rounded bg-sky-50 p-3 text-sky-900">
        {signedIn ? t("detail.membersOnlySignedIn") : t("detail.membersOnly")}{" "}
        {signedIn ? null : (
          <Link
            href={`/login?callbackUrl=${encodeURIComponent(`/meetings/${meetingId}`)}`}
            className="font-medium underline underline-offset-2"
          >
            {t("list.signIn")}
          </Link>
        )}
      </p>
    </article>
  );
}
