// Pictures are drawn by every visitor's browser: one whose header declares 60000 × 60000 pixels
// is refused by the field it was sent in, and nothing is stored.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { uploadMyUnitLogo } from "@/lib/units/self-service/actions";
import { addReportPhoto } from "@/lib/activities/reports/report-photos";
import { createSecretary, createUnit } from "@/tests/factories";
import { imageFile, pixelBombPng } from "@/tests/factories/images";
import { asActor, createFiledReport, createLedActivity } from "@/tests/factories/reports";
import { actAs, formData } from "@/tests/integration/helpers/session";

const tooManyPixels = { key: "core.errors.imageTooManyPixels", values: { megapixels: 50, side: 20_000 } };

describe("pixel bombs", () => {
  it("refuses a pixel-bomb logo by the logo field and keeps no logo", async () => {
    const unit = await createUnit();
    actAs(await createSecretary(unit.id));
    const state = await uploadMyUnitLogo(
      initialFormState,
      formData({ logo: imageFile(pixelBombPng(), "logo.png", "image/png") }),
    );
    expect(state).toMatchObject({ ok: false, fieldErrors: { logo: [tooManyPixels] } });
    expect(await db.unitLogo.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("refuses a pixel-bomb report photo and stores none", async () => {
    const lead = await createUnit();
    const leadUser = asActor(await createSecretary(lead.id));
    const activity = await createLedActivity(lead.id, "DONE");
    const report = await createFiledReport(activity.id, leadUser.id, lead.id);
    const photo = imageFile(pixelBombPng(), "photo.png", "image/png");
    await expect(
      addReportPhoto(leadUser, { activityId: activity.id, photo, caption: "" }),
    ).rejects.toMatchObject({ ...tooManyPixels, field: "photo" });
    expect(await db.reportPhoto.count({ where: { reportId: report.id } })).toBe(0);
  });
});
