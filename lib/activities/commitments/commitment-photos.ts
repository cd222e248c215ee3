import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { imagePixelLimits } from "@/lib/core/images/image-size";
import { readPhoto, type CheckedPhoto } from "@/lib/core/images/read-photo";
import { maxPhotoBytes, maxPhotos } from "@/lib/activities/reports/report-photos";
import { assertEditable, lockRecord } from "./lock-record";
import type { PhotoInput } from "./schemas";

// Photos of a commitment record, checked like report photos (the same size and count caps, the
// type from the bytes). One travels with the record's form; more are added one per request on
// the record's page (a server action body is capped at 3 MB). They can change until confirmed.

export { maxPhotoBytes, maxPhotos };

/** The photo's bytes and real type, or a refusal by the photo field. */
export async function checkPhoto(file: Blob): Promise<CheckedPhoto> {
  const photo = await readPhoto(file, maxPhotoBytes);
  if ("refused" in photo) {
    if (photo.refused === "tooManyPixels")
      throw new DomainError("core.errors.imageTooManyPixels", imagePixelLimits, "photo");
    throw new DomainError(
      photo.refused === "tooLarge"
        ? "activities.commitments.photoTooLarge"
        : "activities.commitments.photoType",
      photo.refused === "tooLarge" ? { max: maxPhotoBytes / 1024 / 1024 } : undefined,
      "photo",
    );
  }
  return photo;
}

/** Stores a checked photo on a record the caller has locked; refuses a seventh. */
export async function addPhotoRow(
  tx: Tx,
  actorId: number,
  record: { id: number; unitId: number },
  photo: CheckedPhoto,
): Promise<number> {
  const count = await tx.commitmentPhoto.count({ where: { recordId: record.id } });
  if (count >= maxPhotos)
    throw new DomainError("activities.commitments.tooManyPhotos", { max: maxPhotos }, "photo");
  const created = await tx.commitmentPhoto.create({
    data: { recordId: record.id, contentType: photo.contentType, data: photo.data },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "commitmentRecord.addPhoto",
    entity: "CommitmentPhoto",
    entityId: created.id,
    unitId: record.unitId,
    after: { recordId: record.id, contentType: photo.contentType, bytes: photo.data.byteLength },
  });
  return created.id;
}

export async function addCommitmentPhoto(
  actorId: number,
  unitId: number,
  input: PhotoInput,
): Promise<number> {
  const photo = await checkPhoto(input.photo);
  return db.$transaction(async (tx) => {
    const record = await lockRecord(tx, input.recordId, unitId);
    assertEditable(record);
    return addPhotoRow(tx, actorId, record, photo);
  });
}

export async function removeCommitmentPhoto(
  actorId: number,
  unitId: number,
  input: { recordId: number; photoId: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const record = await lockRecord(tx, input.recordId, unitId);
    assertEditable(record);
    const { count } = await tx.commitmentPhoto.deleteMany({
      where: { id: input.photoId, recordId: record.id },
    });
    if (count !== 1) throw new DomainError("activities.commitments.photoNotFound");
    await recordAudit(tx, {
      actorId,
      action: "commitmentRecord.removePhoto",
      entity: "CommitmentPhoto",
      entityId: input.photoId,
      unitId,
      before: { recordId: record.id },
    });
  });
}
