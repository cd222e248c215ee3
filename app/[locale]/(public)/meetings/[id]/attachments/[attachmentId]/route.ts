import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { isAttachmentContentType } from "@/lib/meetings/agenda/attachment-type";
import { contentDisposition } from "@/lib/meetings/agenda/file-name";
import { getAttachmentForDownload } from "@/lib/meetings/agenda/queries";
import { id as idField } from "@/lib/core/forms/fields";

// An agenda attachment, visible like its meeting: a public meeting's to anyone, another's to
// signed-in members only. Everything else is a plain 404, so ids reveal nothing.

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; attachmentId: string }> },
) {
  const raw = await params;
  const meetingId = idField.safeParse(raw.id);
  const attachmentId = idField.safeParse(raw.attachmentId);
  if (!meetingId.success || !attachmentId.success) return notFound();
  const attachment = await getAttachmentForDownload(meetingId.data, attachmentId.data);
  if (!attachment) return notFound();
  if (!attachment.agendaItem.meeting.isPublic && !can(await getCurrentUser(), "meeting.view")) {
    return notFound();
  }
  // Stored types are only ever the detected ones; anything else is not served.
  if (!isAttachmentContentType(attachment.contentType)) return notFound();
  return new Response(attachment.data, {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(attachment.data.byteLength),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Private: members-only files must not sit in shared caches; short, as files can be removed.
      "Cache-Control": "private, max-age=300",
    },
  });
}
