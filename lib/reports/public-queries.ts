import "server-only";
import { db } from "@/lib/db";

// What visitors may see: the report of a reported activity in a published year, unless it was
// returned for a fix (then it is being corrected and shows again once resubmitted).
const visible = {
  status: { in: ["SUBMITTED" as const, "ACCEPTED" as const] },
  activity: { status: "REPORTED" as const, plan: { status: "PUBLISHED" as const } },
};

export async function getPublicReport(activityId: number) {
  return db.activityReport.findFirst({
    where: { activityId, ...visible },
    select: {
      actualDate: true,
      volunteerCount: true,
      serviceHours: true,
      summary: true,
      participants: {
        orderBy: [{ count: "desc" }, { unitId: "asc" }],
        select: { count: true, corrected: true, unit: { select: { id: true, name: true } } },
      },
      results: { orderBy: { position: "asc" }, select: { id: true, label: true, value: true, unit: true } },
      photos: { orderBy: { id: "asc" }, select: { id: true, caption: true } },
    },
  });
}

export async function getPublicReportPhoto(activityId: number, photoId: number) {
  return db.reportPhoto.findFirst({
    where: { id: photoId, report: { activityId, ...visible } },
    select: { contentType: true, data: true, createdAt: true },
  });
}
