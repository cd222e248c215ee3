import { useTranslations } from "next-intl";
import { formatFileSize } from "@/lib/meetings/agenda/file-name";

export function attachmentHref(meetingId: number, attachmentId: number): string {
  return `/meetings/${meetingId}/attachments/${attachmentId}`;
}

/** Download links (name and size) for one item's files. */
export function AttachmentLinks({
  meetingId,
  attachments,
}: {
  meetingId: number;
  attachments: readonly { id: number; fileName: string; size: number }[];
}) {
  const t = useTranslations("meetings.agenda");
  if (attachments.length === 0) return null;
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
