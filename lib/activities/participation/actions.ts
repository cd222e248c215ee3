"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { changeSignUp, type SignUpStep } from "./change-sign-up";
import { claimActivity as claimMutation } from "./claim-activity";
import { joinActivity as joinMutation } from "./join-activity";
import { unitOf } from "./lock-activity";
import { releaseActivity as releaseMutation } from "./release-activity";
import { activityActionSchema, joinActivitySchema, releaseActivitySchema } from "./schemas";
import { withdrawParticipation } from "./withdraw-participation";

// A secretary acts for actor.unitId only (never a unit id from the form); the mutations check
// the activity's real lead. Admins have no unit here: they assign leads on the admin pages.
const actingForOwnUnit = (actor: { unitId: number | null }) =>
  ({ action: "unit.update", unitId: actor.unitId ?? 0 }) as const;

const paths = (input: { activityId: number }) => [
  "/plan",
  `/activities/${input.activityId}`,
  "/my/activities",
  `/my/activities/${input.activityId}`,
];

export async function claimActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: activityActionSchema,
    authorize: actingForOwnUnit,
    run: async (input, actor) => {
      const { title } = await claimMutation({ id: actor!.id, unitId: unitOf(actor!) }, input.activityId);
      return { ok: true, message: { key: "activities.participation.claimed", values: { title } } };
    },
    revalidate: paths,
  });
}

export async function releaseActivity(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: releaseActivitySchema,
    authorize: actingForOwnUnit,
    run: async (input, actor) => {
      await releaseMutation({ id: actor!.id, unitId: unitOf(actor!) }, input.activityId, input.reason);
      return success("activities.participation.released", { released: true });
    },
    revalidate: paths,
  });
}

function signUpAction(step: SignUpStep) {
  return (formData: FormData) =>
    runAction(formData, {
      schema: activityActionSchema,
      authorize: actingForOwnUnit,
      run: async (input, actor) => {
        await changeSignUp({ id: actor!.id, unitId: unitOf(actor!) }, input.activityId, step);
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
    authorize: actingForOwnUnit,
    run: async (input, actor) => {
      const actorUnit = { id: actor!.id, unitId: unitOf(actor!) };
      const result = await joinMutation(actorUnit, input.activityId, input.headcount);
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
    authorize: actingForOwnUnit,
    run: async (input, actor) => {
      await withdrawParticipation({ id: actor!.id, unitId: unitOf(actor!) }, input.activityId);
      return success("activities.participation.withdrawn");
    },
    revalidate: paths,
  });
}
