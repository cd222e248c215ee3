// Report photos are public only with their report: reported activity, published year, report shown.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/(public)/activities/[id]/photos/[photoId]/route";
import { db } from "@/lib/core/db";
import { createSecretary, createUnit } from "@/tests/factories";
import { pngBytes } from "@/tests/factories/images";
import { createFiledReport, createLedActivity, ensurePlanYear } from "@/tests/factories/reports";

async function photoOf(year: number, status: "SUBMITTED" | "NEEDS_FIX" | "ACCEPTED") {
  const unit = await createUnit();
  const user = await createSecretary(unit.id);
  const activity = await createLedActivity(unit.id, "DONE", { year, plannedDate: null });
  const report = await createFiledReport(activity.id, user.id, unit.id, status);
  const photo = await db.reportPhoto.create({
    data: { reportId: report.id, contentType: "image/png", data: new Uint8Array(pngBytes()) },
  });
  return { activityId: activity.id, photoId: photo.id };
}

const get = ({ activityId, photoId }: { activityId: number; photoId: number }) =>
  GET(new Request(`http://test/activities/${activityId}/photos/${photoId}`), {
    params: Promise.resolve({ id: String(activityId), photoId: String(photoId) }),
  });

describe("report photo route", () => {
  it("serves a shown report's photo as an image with nosniff", async () => {
    const response = await get(await photoOf(2026, "SUBMITTED"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("hides photos of a report returned for a fix, of a draft year, and of another activity", async () => {
    expect((await get(await photoOf(2026, "NEEDS_FIX"))).status).toBe(404);
    await ensurePlanYear(2031, "DRAFT");
    expect((await get(await photoOf(2031, "ACCEPTED"))).status).toBe(404);
    const shown = await photoOf(2026, "ACCEPTED");
    const other = await photoOf(2026, "ACCEPTED");
    expect((await get({ activityId: other.activityId, photoId: shown.photoId })).status).toBe(404);
  });
});
