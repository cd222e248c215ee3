import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingAdminTabs } from "@/components/meetings/meeting-admin-tabs";
import { CompareVersionsForm } from "@/components/meetings/minutes/compare-versions-form";
import { VersionComparison, VersionDetail } from "@/components/meetings/minutes/version-panels";
import { VersionList } from "@/components/meetings/minutes/version-list";
import { BackLink } from "@/components/ui/back-link";
import { can } from "@/lib/core/auth/policy";
import { requireMinutesWriter } from "@/lib/meetings/access";
import { getMinutesStatus, listMinutesVersions } from "@/lib/meetings/minutes/queries";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.minutes");
  return { title: t("versions.heading") };
}

/** A version number from the query string, if it names an existing version. */
function pick(raw: string | string[] | undefined, numbers: number[]): number | null {
  const value = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  return value !== null && numbers.includes(value) ? value : null;
}

/** Every saved version of the minutes: list, compare any two, view and restore one. */
export default async function MinutesVersionsPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { viewer, meeting } = await requireMinutesWriter((await params).id, "/versions");
  const query = await searchParams;
  const t = await getTranslations("meetings.minutes");
  const [versions, minutes] = await Promise.all([
    listMinutesVersions(meeting.id),
    getMinutesStatus(meeting.id, null),
  ]);
  const numbers = versions.map((version) => version.number);
  const { currentVersion } = minutes;
  const editable = minutes.status !== "PUBLISHED" && meeting.status !== "CANCELLED";
  // By default compare the last two versions, the question a writer usually has.
  const from = pick(query.from, numbers) ?? (currentVersion >= 2 ? currentVersion - 1 : null);
  const to = pick(query.to, numbers) ?? (currentVersion >= 2 ? currentVersion : null);
  const viewed = pick(query.view, numbers);

  return (
    <div className="space-y-6">
      {can(viewer, "meetings.manage") ? <MeetingAdminTabs meetingId={meeting.id} /> : null}
      <BackLink href={`/meetings/${meeting.id}/minutes`} label={t("versions.backToEditor")} />
      <header className="space-y-1">
        <p className="break-words text-sm text-stone-600">{meeting.title}</p>
        <h1 className="text-2xl font-bold">{t("versions.heading")}</h1>
      </header>
      {versions.length === 0 ? (
        <p className="text-stone-700">
          {t("versions.empty")}{" "}
          <Link
            href={`/meetings/${meeting.id}/minutes`}
            className="text-brand-700 underline underline-offset-2"
          >
            {t("editor.heading")}
          </Link>
        </p>
      ) : (
        <>
          <VersionList meetingId={meeting.id} versions={versions} currentVersion={currentVersion} />
          {versions.length >= 2 ? <CompareVersionsForm numbers={numbers} from={from} to={to} /> : null}
          {viewed !== null ? (
            <VersionDetail
              meetingId={meeting.id}
              number={viewed}
              currentVersion={currentVersion}
              editable={editable}
            />
          ) : null}
          {from !== null && to !== null && from !== to ? (
            <VersionComparison meetingId={meeting.id} from={from} to={to} />
          ) : null}
        </>
      )}
    </div>
  );
}
