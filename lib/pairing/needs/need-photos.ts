import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { imagePixelLimits } from "@/lib/core/images/image-size";
import { readPhoto } from "@/lib/core/images/read-photo";
import type { AdminActor } from "@/lib/core/auth/policy";
import { assertLive, lockNeed } from "./lock-need";
import type { NeedPhotoInput } from "./schemas";

export const maxNeedPhotoBytes = 2 * 1024 * 1024;
export const maxNeedPhotos = 6;

const refusals = {
  tooLarge: ["pairing.needs.errors.photoTooLarge", undefined],
  type: ["pairing.needs.errors.photoType", undefined],
  tooManyPixels: ["core.errors.imageTooManyPixels", imagePixelLimits],
} as const;

// One photo per request (a server action body is capped at 3 MB), checked like report photos:
// the type is what the bytes are, never the file name or the browser's claim.
export async function addNeedPhoto(actor: AdminActor, input: NeedPhotoInput): Promise<number> {
  const checked = await readPhoto(input.photo, maxNeedPhotoBytes);
  if ("refused" in checked) {
    const [key, values] = refusals[checked.refused];
    throw new DomainError(key, values, "photo");
  }
  return db.$transaction(async (tx) => {
    const need = await lockNeed(tx, input.needId);
    assertLive(need);
    const count = await tx.needPhoto.count({ where: { needId: need.id } });
    if (count >= maxNeedPhotos)
      throw new DomainError("pairing.needs.errors.tooManyPhotos", { max: maxNeedPhotos }, "photo");
    const created = await tx.needPhoto.create({
      data: { needId: need.id, contentType: checked.contentType, data: checked.data, caption: input.caption },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.addPhoto",
      entity: "NeedPhoto",
      entityId: created.id,
      after: { needId: need.id, contentType: checked.contentType, bytes: checked.data.byteLength },
    });
    return created.id;
  });
}

export async function removeNeedPhoto(actor: AdminActor, input: { needId: number; photoId: number }) {
  await db.$transaction(async (tx) => {
    const need = await lockNeed(tx, input.needId);
    const { count } = await tx.needPhoto.deleteMany({ where: { id: input.photoId, needId: need.id } });
    if (count !== 1) throw new DomainError("pairing.needs.errors.photoNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.removePhoto",
      entity: "NeedPhoto",
      entityId: input.photoId,
      before: { needId: need.id },
    });
  });
}
