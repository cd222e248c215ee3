import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { detectImageType, imageSignatureLength } from "@/lib/core/images/detect-image-type";
import { imagePixelLimits, imageSizeProblem } from "@/lib/core/images/image-size";
import type { CurrentUser } from "@/lib/core/auth/session";
import { assertLead, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import type { PhotoInput } from "./schemas";

export const maxPhotoBytes = 2 * 1024 * 1024;
export const maxPhotos = 6;

// Photos are uploaded one per request after the report exists (a server action body is capped
// at 3 MB, so six 2 MB photos cannot travel with the report). They belong to filing the report:
// the lead may add or remove them until an admin accepts it.
async function lockEditableReport(tx: Tx, actor: CurrentUser, activityId: number) {
  const activity = await lockActivity(tx, activityId);
  assertLead(activity, actor.unitId);
  const report = await tx.activityReport.findUnique({
    where: { activityId },
    select: { id: true, status: true, _count: { select: { photos: true } } },
  });
  if (!report) throw new DomainError("activities.reports.reportFirst");
  if (report.status === "ACCEPTED") throw new DomainError("activities.reports.reportAccepted");
  return { activity, report };
}

export async function addReportPhoto(actor: CurrentUser, input: PhotoInput): Promise<number> {
  const { photo } = input;
  if (photo.size > maxPhotoBytes)
    throw new DomainError("activities.reports.photoTooLarge", undefined, "photo");
  const contentType = detectImageType(
    new Uint8Array(await photo.slice(0, imageSignatureLength).arrayBuffer()),
  );
  if (!contentType) throw new DomainError("activities.reports.photoType", undefined, "photo");
  const data = new Uint8Array(await photo.arrayBuffer());
  if (data.byteLength > maxPhotoBytes)
    throw new DomainError("activities.reports.photoTooLarge", undefined, "photo");
  // Browsers decode it for every visitor: a pixel bomb is refused by its declared size.
  if (imageSizeProblem(data, contentType))
    throw new DomainError("core.errors.imageTooManyPixels", imagePixelLimits, "photo");

  return db.$transaction(async (tx) => {
    const { activity, report } = await lockEditableReport(tx, actor, input.activityId);
    if (report._count.photos >= maxPhotos)
      throw new DomainError("activities.reports.tooManyPhotos", { max: maxPhotos }, "photo");
    const created = await tx.reportPhoto.create({
      data: { reportId: report.id, contentType, data, caption: input.caption },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.addPhoto",
      entity: "ReportPhoto",
      entityId: created.id,
      unitId: activity.leadUnitId,
      after: { contentType, bytes: data.byteLength, caption: input.caption },
    });
    return created.id;
  });
}

export async function removeReportPhoto(actor: CurrentUser, input: { activityId: number; photoId: number }) {
  await db.$transaction(async (tx) => {
    const { activity, report } = await lockEditableReport(tx, actor, input.activityId);
    const { count } = await tx.reportPhoto.deleteMany({ where: { id: input.photoId, reportId: report.id } });
    if (count !== 1) throw new DomainError("activities.reports.photoNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.removePhoto",
      entity: "ReportPhoto",
      entityId: input.photoId,
      unitId: activity.leadUnitId,
    });
  });
}
