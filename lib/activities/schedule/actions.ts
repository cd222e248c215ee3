"use server";

import { activityPages } from "@/lib/activities/plan/public-pages";
import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { activityVenueFeedPages } from "@/lib/venues/bookings";
import { scheduleActivity as scheduleMutation } from "./schedule-activity";
import { scheduleActivitySchema } from "./schemas";

// The secretary acts for their own unit; the mutation checks that it leads the activity.
export async function scheduleActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: scheduleActivitySchema,
    authorize: "activity.schedule",
    run: async (input, actor) => {
      const { booking } = await scheduleMutation(actor, input);
      return success(
        booking === "PENDING"
          ? "activities.participation.schedule.savedPending"
          : "activities.participation.schedule.saved",
        { scheduled: true },
      );
    },
    revalidate: async (input, actor) => [
      ...(await activityPages(input.activityId, actor.unitId)),
      // The venue's booking moved with the schedule: the venues' feeds of confirmed bookings.
      ...(await activityVenueFeedPages(input.activityId)),
      "/my/activities",
      `/my/activities/${input.activityId}`,
      "/my/bookings",
    ],
  });
}
