// Commitment record photos: checked like report photos (bytes, 2 MB, 6), private to the unit and admins.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { GET } from "@/app/[locale]/(member)/my/commitments/photos/[photoId]/route";
import {
  createMyCommitmentRecord,
  deleteCommitmentPhoto,
  uploadCommitmentPhoto,
} from "@/lib/activities/commitments/actions";
import { maxPhotos } from "@/lib/activities/commitments/commitment-photos";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createCommitmentRecord } from "@/tests/factories/commitments";
import { imageFile, jpegBytes, pngBytes } from "@/tests/factories/images";
import { actAs, formData } from "@/tests/integration/helpers/session";

const year = 2026;
const png = () => imageFile(pngBytes(), "photo.png", "image/png");
const upload = (recordId: number, photo: File) =>
  uploadCommitmentPhoto(initialFormState, formData({ recordId, photo }));

async function secretaryWithRecord(status: "SUBMITTED" | "CONFIRMED" = "SUBMITTED") {
  const unit = await createUnit();
  const secretary = await createSecretary(unit.id);
  actAs(secretary);
  return { unit, secretary, record: await createCommitmentRecord(unit.id, year, "CULTURE_SPORTS", status) };
}

const get = (photoId: number | string) =>
  GET(new Request(`http://test/my/commitments/photos/${photoId}`), {
    params: Promise.resolve({ photoId: String(photoId) }),
  });

describe("commitment photos", () => {
  it("sends one photo with a new record and stores it with the type its bytes have", async () => {
    const { unit } = await secretaryWithRecord();
    const state = await createMyCommitmentRecord(
      initialFormState,
      formData({
        commitment: "CULTURE_SPORTS",
        title: "青年羽毛球赛",
        description: "12 支队伍参赛",
        occurredOn: `${year}-05-20`,
        photo: imageFile(jpegBytes(), "match.png", "image/png"),
      }),
    );
    expect(state.ok).toBe(true);
    const photos = await db.commitmentPhoto.findMany({
      where: { record: { unitId: unit.id, id: Number(state.data!.id) } },
    });
    expect(photos.map((p) => p.contentType)).toEqual(["image/jpeg"]);
  });

  it("refuses a disguised file and an oversized one, by the photo field, storing nothing", async () => {
    const { record } = await secretaryWithRecord();
    const fake = new File([Buffer.from("<svg onload=alert(1)>")], "x.png", { type: "image/png" });
    expect((await upload(record.id, fake)).fieldErrors?.photo).toEqual([
      { key: "activities.commitments.photoType" },
    ]);
    const big = new File([Buffer.concat([pngBytes(), Buffer.alloc(2 * 1024 * 1024)])], "big.png");
    expect((await upload(record.id, big)).fieldErrors?.photo).toEqual([
      { key: "activities.commitments.photoTooLarge", values: { max: 2 } },
    ]);
    expect(await db.commitmentPhoto.count({ where: { recordId: record.id } })).toBe(0);
  });

  it(`keeps at most ${maxPhotos} photos per record`, async () => {
    const { record } = await secretaryWithRecord();
    for (let i = 0; i < maxPhotos; i += 1) expect((await upload(record.id, png())).ok).toBe(true);
    expect((await upload(record.id, png())).fieldErrors?.photo).toEqual([
      { key: "activities.commitments.tooManyPhotos", values: { max: maxPhotos } },
    ]);
    expect(await db.commitmentPhoto.count({ where: { recordId: record.id } })).toBe(maxPhotos);
  });

  it("changes photos only on the unit's own records and only until they are confirmed", async () => {
    const { record: confirmed } = await secretaryWithRecord("CONFIRMED");
    expect(await upload(confirmed.id, png())).toMatchObject({
      message: { key: "activities.commitments.recordConfirmed" },
    });
    const foreign = await createCommitmentRecord(
      (await createUnit()).id,
      year,
      "CULTURE_SPORTS",
      "SUBMITTED",
    );
    expect(await upload(foreign.id, png())).toMatchObject({
      message: { key: "activities.commitments.recordNotFound" },
    });

    const { record } = await secretaryWithRecord();
    await upload(record.id, png());
    const photo = await db.commitmentPhoto.findFirstOrThrow({ where: { recordId: record.id } });
    const removed = await deleteCommitmentPhoto(
      initialFormState,
      formData({ recordId: record.id, photoId: photo.id }),
    );
    expect(removed).toMatchObject({ ok: true, message: { key: "activities.commitments.photoRemoved" } });
    expect(await db.commitmentPhoto.count({ where: { recordId: record.id } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { action: "commitmentRecord.removePhoto", entityId: String(photo.id) },
      }),
    ).toBe(1);
  });

  it("serves a photo to its unit's secretaries and admins only", async () => {
    const { record } = await secretaryWithRecord();
    await upload(record.id, png());
    const photo = await db.commitmentPhoto.findFirstOrThrow({ where: { recordId: record.id } });
    const mine = await get(photo.id);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("Content-Type")).toBe("image/png");
    expect(mine.headers.get("X-Content-Type-Options")).toBe("nosniff");

    actAs(await createAdmin());
    expect((await get(photo.id)).status).toBe(200);
    actAs(await createSecretary((await createUnit()).id));
    expect((await get(photo.id)).status).toBe(404);
    actAs(null);
    expect((await get(photo.id)).status).toBe(404);
    expect((await get("abc")).status).toBe(404);
  });
});
