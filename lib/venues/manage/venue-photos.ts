import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { detectImageType, imageSignatureLength } from "@/lib/core/images/detect-image-type";
import { imagePixelLimits, imageSizeProblem } from "@/lib/core/images/image-size";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockOwnVenue } from "./lock-venue";
import type { VenuePhotoInput } from "./schemas";

export const maxVenuePhotoBytes = 1024 * 1024;
export const maxVenuePhotos = 8;

// One photo per request (a server action body is capped). The type is what the bytes are,
// never the file name or the browser's claim.
export async function addVenuePhoto(actor: CurrentUser, input: VenuePhotoInput): Promise<number> {
  const { photo } = input;
  if (photo.size > maxVenuePhotoBytes)
    throw new DomainError("venues.manage.errors.photoTooLarge", undefined, "photo");
  const contentType = detectImageType(
    new Uint8Array(await photo.slice(0, imageSignatureLength).arrayBuffer()),
  );
  if (!contentType) throw new DomainError("venues.manage.errors.photoType", undefined, "photo");
  const data = new Uint8Array(await photo.arrayBuffer());
  if (data.byteLength > maxVenuePhotoBytes)
    throw new DomainError("venues.manage.errors.photoTooLarge", undefined, "photo");
  // Browsers decode it for every visitor: a pixel bomb is refused by its declared size.
  if (imageSizeProblem(data, contentType))
    throw new DomainError("core.errors.imageTooManyPixels", imagePixelLimits, "photo");

  return db.$transaction(async (tx) => {
    const venue = await lockOwnVenue(tx, actor, input.venueId);
    const count = await tx.venuePhoto.count({ where: { venueId: venue.id } });
    if (count >= maxVenuePhotos)
      throw new DomainError("venues.manage.errors.tooManyPhotos", { max: maxVenuePhotos }, "photo");
    const created = await tx.venuePhoto.create({
      data: { venueId: venue.id, contentType, data, caption: input.caption },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "venue.addPhoto",
      entity: "VenuePhoto",
      entityId: created.id,
      unitId: venue.unitId,
      after: { venueId: venue.id, contentType, bytes: data.byteLength, caption: input.caption },
    });
    return created.id;
  });
}

export async function removeVenuePhoto(actor: CurrentUser, input: { venueId: number; photoId: number }) {
  await db.$transaction(async (tx) => {
    const venue = await lockOwnVenue(tx, actor, input.venueId);
    const { count } = await tx.venuePhoto.deleteMany({ where: { id: input.photoId, venueId: venue.id } });
    if (count !== 1) throw new DomainError("venues.manage.errors.photoNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "venue.removePhoto",
      entity: "VenuePhoto",
      entityId: input.photoId,
      unitId: venue.unitId,
      before: { venueId: venue.id },
    });
  });
}
