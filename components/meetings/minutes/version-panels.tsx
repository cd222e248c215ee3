import { getTranslations } from "next-intl/server";
import { diffMinutes } from "@/lib/meetings/minutes/diff";
import { getMinutesVersion } from "@/lib/meetings/minutes/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { DiffView } from "./diff-view";
import { MarkdownView } from "./markdown-view";
import { RestoreVersionForm } from "./restore-version-form";
import { Card } from "@/components/ui/card";

/** The readable diff between two versions (either order: "from" is shown as the old side). */
export async function VersionComparison(props: { meetingId: number; from: number; to: number }) {
  const t = await getTranslations("meetings.minutes.versions");
  const [from, to] = await Promise.all([
    getMinutesVersion(props.meetingId, props.from),
    getMinutesVersion(props.meetingId, props.to),
  ]);
  if (!from || !to) return null;
  return (
    <Card variant="outlined" aria-labelledby="compare-heading" className="space-y-2">
      <h2 id="compare-heading" className="text-lg font-bold">
        {t("comparing", { from: props.from, to: props.to })}
      </h2>
      <DiffView diff={diffMinutes(from.body, to.body)} labelledBy="compare-heading" />
    </Card>
  );
}

/** One version as it reads, and restoring it while the minutes are editable. */
export async function VersionDetail(props: {
  meetingId: number;
  number: number;
  currentVersion: number;
  editable: boolean;
}) {
  const t = await getTranslations("meetings.minutes.versions");
  const version = await getMinutesVersion(props.meetingId, props.number);
  if (!version) return null;
  return (
    <Card variant="outlined" aria-labelledby="version-heading" className="space-y-3">
      <h2 id="version-heading" className="text-lg font-bold">
        {t("viewing", {
          number: version.number,
          author: version.author.name,
          time: formatBeijingDateTime(version.createdAt),
        })}
      </h2>
      <MarkdownView text={version.body} />
      {props.editable && version.number !== props.currentVersion ? (
        <RestoreVersionForm
          meetingId={props.meetingId}
          number={version.number}
          currentVersion={props.currentVersion}
        />
      ) : null}
    </Card>
  );
}
