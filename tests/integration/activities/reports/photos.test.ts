// Report photos: checked by their bytes, at most 2 MB and 6, only while the report is not accepted.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addReportPhoto, maxPhotos, removeReportPhoto } from "@/lib/activities/reports/report-photos";
import { createSecretary, createUnit } from "@/tests/factories";
import { imageFile, pngBytes } from "@/tests/factories/images";
import { asActor, createFiledReport, createLedActivity } from "@/tests/factories/reports";

let lead: { id: number };
let leadUser: ReturnType<typeof asActor>;
beforeEach(async () => {
  lead = await createUnit();
  leadUser = asActor(await createSecretary(lead.id));
});

const png = () => imageFile(pngBytes(), "photo.png", "image/png");

describe("report photos", () => {
  it("stores a PNG with its detected type and refuses a disguised file and an oversized one", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    await createFiledReport(activity.id, leadUser.id, lead.id);
    const id = await addReportPhoto(leadUser, { activityId: activity.id, photo: png(), caption: "植树现场" });
    expect(await db.reportPhoto.findUniqueOrThrow({ where: { id } })).toMatchObject({
      contentType: "image/png",
      caption: "植树现场",
    });
    const fake = new File([Buffer.from("<svg onload=alert(1)>")], "x.png", { type: "image/png" });
    await expect(
      addReportPhoto(leadUser, { activityId: activity.id, photo: fake, caption: "" }),
    ).rejects.toMatchObject({
      key: "activities.reports.photoType",
    });
    const big = new File([Buffer.concat([pngBytes(), Buffer.alloc(2 * 1024 * 1024)])], "big.png");
    await expect(
      addReportPhoto(leadUser, { activityId: activity.id, photo: big, caption: "" }),
    ).rejects.toMatchObject({
      key: "activities.reports.photoTooLarge",
    });
  });

  it(`refuses photo number ${maxPhotos + 1}, and any photo before the report or after acceptance`, async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    await expect(
      addReportPhoto(leadUser, { activityId: activity.id, photo: png(), caption: "" }),
    ).rejects.toMatchObject({
      key: "activities.reports.reportFirst",
    });
    const report = await createFiledReport(activity.id, leadUser.id, lead.id);
    for (let i = 0; i < maxPhotos; i += 1) {
      await addReportPhoto(leadUser, { activityId: activity.id, photo: png(), caption: "" });
    }
    await expect(
      addReportPhoto(leadUser, { activityId: activity.id, photo: png(), caption: "" }),
    ).rejects.toMatchObject({
      key: "activities.reports.tooManyPhotos",
    });
    const [first] = await db.reportPhoto.findMany({ where: { reportId: report.id }, take: 1 });
    await removeReportPhoto(leadUser, { activityId: activity.id, photoId: first!.id });
    await db.activityReport.update({ where: { id: report.id }, data: { status: "ACCEPTED" } });
    await expect(
      addReportPhoto(leadUser, { activityId: activity.id, photo: png(), caption: "" }),
    ).rejects.toMatchObject({
      key: "activities.reports.reportAccepted",
    });
  });

  it("refuses another unit's secretary", async () => {
    const activity = await createLedActivity(lead.id, "DONE");
    await createFiledReport(activity.id, leadUser.id, lead.id);
    const other = asActor(await createSecretary((await createUnit()).id));
    await expect(
      addReportPhoto(other, { activityId: activity.id, photo: png(), caption: "" }),
    ).rejects.toMatchObject({
      key: "core.errors.forbidden",
    });
  });
});
