// Running, reporting and attending activities. The lead unit's secretary runs its activity
// (activity.lead, report.write: secretaries only; the mutation checks the lead); admins may also
// cancel, and alone review reports. Check-in is for secretaries of the lead or a joined unit.
import {
  acceptReport,
  askForReportFix,
  cancelActivity,
  deleteReportPhoto,
  markActivityHeld,
  submitReport,
  uploadReportPhoto,
} from "@/lib/activities/reports/actions";
import { checkInToActivity } from "@/lib/activities/checkin/actions";
import { checkinCodeFor } from "@/lib/activities/checkin/code";
import { db } from "@/lib/core/db";
import { imageFile, pngBytes } from "@/tests/factories/images";
import { createFiledReport, createLedActivity, joinUnit } from "@/tests/factories/reports";
import { formData } from "@/tests/integration/helpers/session";
import {
  adminOnly,
  unitAOrAdmin,
  type AuthorizationCase,
  type Outcome,
  type RoleName,
  type World,
} from "./roles";

const unitALeadOnly: Record<RoleName, Outcome> = { ...unitAOrAdmin, admin: "refused" };
const leadOrJoinedSecretaries: Record<RoleName, Outcome> = { ...unitALeadOnly, secretaryB: "allowed" };

async function filedReport(world: World) {
  const activity = await createLedActivity(world.unitA.id, "DONE");
  const report = await createFiledReport(activity.id, world.users.secretaryA.id, world.unitA.id);
  return { activity, report };
}

export const cases: AuthorizationCase[] = [
  {
    name: "markActivityHeld",
    action: markActivityHeld,
    input: async (world) => {
      const activity = await createLedActivity(world.unitA.id, "CLOSED");
      return formData({ activityId: activity.id, version: activity.version });
    },
    expected: unitALeadOnly,
  },
  {
    name: "cancelActivity",
    action: cancelActivity,
    input: async (world) => {
      const activity = await createLedActivity(world.unitA.id, "OPEN");
      return formData({ activityId: activity.id, version: activity.version, reason: "场地不可用" });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "submitReport",
    action: submitReport,
    input: async (world) => {
      const activity = await createLedActivity(world.unitA.id, "DONE");
      return formData({
        activityId: activity.id,
        actualDate: "2026-03-10",
        volunteerCount: 10,
        serviceHours: "20",
        summary: "活动顺利举办。",
        [`participant_${world.unitA.id}`]: 10,
      });
    },
    expected: unitALeadOnly,
  },
  {
    name: "uploadReportPhoto",
    action: uploadReportPhoto,
    input: async (world) => {
      const { activity } = await filedReport(world);
      return formData({ activityId: activity.id, photo: imageFile(pngBytes(), "p.png", "image/png") });
    },
    expected: unitALeadOnly,
  },
  {
    name: "deleteReportPhoto",
    action: deleteReportPhoto,
    input: async (world) => {
      const { activity, report } = await filedReport(world);
      const photo = await db.reportPhoto.create({
        data: { reportId: report.id, contentType: "image/png", data: new Uint8Array(pngBytes()) },
      });
      return formData({ activityId: activity.id, photoId: photo.id });
    },
    expected: unitALeadOnly,
  },
  {
    name: "acceptReport",
    action: acceptReport,
    input: async (world) => formData({ reportId: (await filedReport(world)).report.id, version: 0 }),
    expected: adminOnly,
  },
  {
    name: "askForReportFix",
    action: askForReportFix,
    input: async (world) =>
      formData({ reportId: (await filedReport(world)).report.id, version: 0, message: "请补充照片" }),
    expected: adminOnly,
  },
  {
    name: "checkInToActivity",
    action: checkInToActivity,
    input: async (world) => {
      const activity = await createLedActivity(world.unitA.id, "OPEN");
      await joinUnit(activity.id, world.unitB.id);
      return formData({ activityId: activity.id, code: checkinCodeFor(activity.id) });
    },
    expected: leadOrJoinedSecretaries,
  },
];
