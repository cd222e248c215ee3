import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { normaliseReference } from "./reference";
import type { ReplyInput } from "./schemas";

/**
 * The applicant answers a request for more information: the application goes back to PENDING.
 * Only with the matching reference and mobile, and only at the version the applicant saw.
 */
export async function replyToRequest(input: ReplyInput): Promise<void> {
  const reference = normaliseReference(input.reference);
  // The same answer for a wrong reference and a wrong mobile: nothing to learn by guessing.
  if (!reference) throw new DomainError("units.admission.apply.notFound");
  await db.$transaction(async (tx) => {
    const application = await tx.membershipApplication.findUnique({
      where: { reference },
      select: { id: true, mobile: true, status: true, applicantReply: true },
    });
    if (!application || application.mobile !== input.mobile)
      throw new DomainError("units.admission.apply.notFound");
    const { count } = await tx.membershipApplication.updateMany({
      where: { id: application.id, status: "NEEDS_INFO", version: input.version },
      data: { status: "PENDING", applicantReply: input.reply, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("units.admission.apply.replyClosed");
    await recordAudit(tx, {
      actorId: null,
      action: "application.reply",
      entity: "MembershipApplication",
      entityId: application.id,
      before: { status: application.status, applicantReply: application.applicantReply },
      after: { status: "PENDING", applicantReply: input.reply },
    });
  });
}
