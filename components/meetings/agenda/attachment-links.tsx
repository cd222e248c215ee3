import { getTranslations } from "next-intl/server";
import { formatFileSize } from "@/lib/meetings/agenda/file-name";
import type { AgendaItemView } from "@/lib/meetings/agenda/queries";

export function attachmentHref(meetingId: number, attachmentId: number): string {
  return `/meetings/${meetingId}/attachments/${attachmentId}`;
}

/** Download links (name and size) for one item's files. */
export async function AttachmentLinks({
  meetingId,
  attachments,
}: {
  meetingId: number;
  attachments: AgendaItemView["attachments"];
}) {
  if (attachments.length === 0) return null;
  const t = await getTranslations("meetings.agenda");
  return (
    <ul className="space-y-1 text-sm" aria-label={t("attachments")}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <a
            href={attachmentHref(meetingId, attachment.id)}
            className="break-all text-brand-700 underline underline-offset-2"
            aria-label={t("download", { name: attachment.fileName, size: formatFileSize(attachment.size) })}
          >
            {attachment.fileName}
          </a>{" "}
          <span className="text-stone-600">({formatFileSize(attachment.size)})</span>
        </li>
      ))}
    </ul>
  );
}
