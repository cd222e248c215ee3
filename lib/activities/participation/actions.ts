"use server";

import { activityPages } from "@/lib/activities/plan/public-pages";
import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { changeSignUp, type SignUpStep } from "./change-sign-up";
import { claimActivity as claimMutation } from "./claim-activity";
import { joinActivity as joinMutation } from "./join-activity";
import { releaseActivity as releaseMutation } from "./release-activity";
import { activityActionSchema, joinActivitySchema, releaseActivitySchema } from "./schemas";
import { withdrawParticipation } from "./withdraw-participation";

// A secretary acts for actor.unitId only (never a unit id from the form); the mutations check
// the activity's real lead. Admins have no unit here and are refused by the policy: they assign
// leads on the admin pages.

// The acting unit's page too: releasing or withdrawing takes the activity off it.
const paths = async (input: { activityId: number }, actor: { unitId: number }) => [
  "/my/activities",
  `/my/activities/${input.activityId}`,
  ...(await activityPages(input.activityId, actor.unitId)),
];

export async function claimActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: activityActionSchema,
    authorize: "activity.claim",
    run: async (input, actor) => {
      const { title } = await claimMutation(actor, input.activityId);
      return { ok: true, message: { key: "activities.participation.claimed", values: { title } } };
    },
    revalidate: paths,
  });
}

export async function releaseActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: releaseActivitySchema,
    authorize: "activity.claim",
    run: async (input, actor) => {
      await releaseMutation(actor, input.activityId, input.reason);
      return success("activities.participation.released", { released: true });
    },
    revalidate: paths,
  });
}

function signUpAction(step: SignUpStep) {
  return (formData: FormData) =>
    runAction(formData, {
      schema: activityActionSchema,
      authorize: "activity.lead",
      run: async (input, actor) => {
        await changeSignUp(actor, input.activityId, step);
        return success(`activities.participation.${step}Done`);
      },
      revalidate: paths,
    });
}

export async function openSignUp(_previous: FormState, formData: FormData): Promise<FormState> {
  return signUpAction("open")(formData);
}

export async function closeSignUp(_previous: FormState, formData: FormData): Promise<FormState> {
  return signUpAction("close")(formData);
}

export async function reopenSignUp(_previous: FormState, formData: FormData): Promise<FormState> {
  return signUpAction("reopen")(formData);
}

export async function joinActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: joinActivitySchema,
    authorize: "activity.join",
    run: async (input, actor) => {
      const result = await joinMutation(actor, input.activityId, input.headcount);
      if (result.status === "JOINED") return success("activities.participation.joined");
      return {
        ok: true,
        message: { key: "activities.participation.waitlisted", values: { position: result.position } },
        data: { position: result.position },
      };
    },
    revalidate: paths,
  });
}

export async function withdrawActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: activityActionSchema,
    authorize: "activity.join",
    run: async (input, actor) => {
      await withdrawParticipation(actor, input.activityId);
      return success("activities.participation.withdrawn");
    },
    revalidate: paths,
  });
}
