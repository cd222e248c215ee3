"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import type { MembersMeetings as Lists } from "@/lib/meetings/viewer";
import { MeetingList, type MeetingListRow } from "./meeting-list";
import { fetchIsland } from "@/components/core/islands/fetch-island";

// The route's answer as JSON: the start is an ISO string until revived.
type Row = Omit<Lists["past"][number], "startsAt"> & { startsAt: string };
type Answer = { meetings: { upcoming: Row[]; past: Row[] } | null };

const revive = (rows: Row[]): MeetingListRow[] =>
  rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt) }));

/**
 * The meetings list's island: the cached page lists the public meetings (`children`); members,
 * who see every meeting, get the whole list in their place once it arrives; visitors a hint to
 * sign in. While it loads the public list shows.
 */
export function MembersMeetings({ children }: { children: React.ReactNode }) {
  const t = useTranslations("meetings.meeting.list");
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let live = true;
    void fetchIsland<Answer["meetings"]>("/api/meetings", "meetings").then((meetings) => {
      if (live) setAnswer({ meetings });
    });
    return () => {
      live = false;
    };
  }, []);
  if (answer?.meetings) {
    return (
      <>
        <MeetingList
          heading={t("upcoming")}
          empty={t("noUpcoming")}
          rows={revive(answer.meetings.upcoming)}
        />
        <MeetingList heading={t("past")} empty={t("noPast")} rows={revive(answer.meetings.past)} />
      </>
    );
  }
  return (
    <>
      {answer ? (
        <p className="rounded bg-sky-50 p-3 text-sky-900">
          {t("signInHint")}{" "}
          <Link href="/login?callbackUrl=%2Fmeetings" className="font-medium underline underline-offset-2">
            {t("signIn")}
          </Link>
        </p>
      ) : null}
      {children}
    </>
  );
}
