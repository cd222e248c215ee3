"use server";

import { activityPages } from "@/lib/activities/plan/public-pages";
import { runAction } from "@/lib/core/actions/run-action";
import { planChanged, siteChanged } from "@/lib/core/site/revalidate-public";
import { isHeldAtServiceSite } from "@/lib/pairing";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { cancelActivity as cancelActivityMutation } from "@/lib/activities/lifecycle/cancel-activity";
import { markHeld } from "./mark-held";
import { addReportPhoto, removeReportPhoto } from "./report-photos";
import { acceptReport as acceptReportMutation, requestReportFix } from "./review-report";
import { submitReport as submitReportMutation } from "./submit-report";
import {
  activityVersionSchema,
  cancelActivitySchema,
  photoSchema,
  removePhotoSchema,
  reportSchema,
  requestFixSchema,
  reviewReportSchema,
} from "./schemas";

// A secretary acts for their own unit; whether that unit leads the activity is checked on the
// locked activity row inside the mutation. Admins may cancel any activity and review reports.
// Public pages show the activity's state and the reported numbers (home: the year so far).
const paths = async (input: { activityId: number }) => [
  `/my/activities/${input.activityId}`,
  ...(await activityPages(input.activityId)),
];

export async function markActivityHeld(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: activityVersionSchema,
    authorize: "activity.lead",
    run: async (input, actor) => {
      await markHeld(actor, input);
      return success("activities.reports.markedHeld");
    },
    revalidate: paths,
  });
}

export async function cancelActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: cancelActivitySchema,
    authorize: "activity.cancel",
    run: async (input, actor) => {
      await cancelActivityMutation(actor, input);
      return success("activities.reports.cancelled");
    },
    revalidate: paths,
  });
}

export async function submitReport(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: reportSchema,
    authorize: "report.write",
    run: async (input, actor) => {
      await submitReportMutation(actor, input);
      return success("activities.reports.submitted");
    },
    // An activity held at a service site wrote its visit to the site's log (submit-report.ts).
    revalidate: async (input) => [
      ...(await paths(input)),
      "/admin/reports",
      ...((await isHeldAtServiceSite(input.activityId)) ? siteChanged({ log: true }) : []),
    ],
  });
}

export async function uploadReportPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: photoSchema,
    authorize: "report.write",
    run: async (input, actor) => {
      await addReportPhoto(actor, input);
      return success("activities.reports.photoAdded");
    },
    revalidate: paths,
  });
}

export async function deleteReportPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removePhotoSchema,
    authorize: "report.write",
    run: async (input, actor) => {
      await removeReportPhoto(actor, input);
      return success("activities.reports.photoRemoved");
    },
    revalidate: paths,
  });
}

export async function acceptReport(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: reviewReportSchema,
    authorize: "report.review",
    run: async (input, actor) => {
      await acceptReportMutation(actor, input);
      return success("activities.reports.accepted");
    },
    revalidate: ["/admin/reports", ...planChanged()],
  });
}

export async function askForReportFix(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: requestFixSchema,
    authorize: "report.review",
    run: async (input, actor) => {
      await requestReportFix(actor, input);
      return success("activities.reports.fixRequestSent");
    },
    revalidate: ["/admin/reports", ...planChanged()],
  });
}
