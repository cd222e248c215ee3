"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { revalidateTargets } from "@/lib/core/site/revalidate";
import { rotationChanged } from "@/lib/core/site/revalidate-public";
import { failure, success, type FormState } from "@/lib/core/forms/form-state";
import { answerRotationSwap as answerRotationSwapMutation } from "./answer-swap";
import { cancelRotationSwap as cancelRotationSwapMutation } from "./cancel-swap";
import { decideRotationSwap as decideRotationSwapMutation } from "./decide-swap";
import { requestRotationSwap as requestRotationSwapMutation } from "./request-swap";
import { answerSwapSchema, decideSwapSchema, requestSwapSchema, swapIdSchema } from "./schemas";

// Requests, cancellations and answers are a unit's secretaries' (whether the swap is theirs is
// checked on the locked row in the mutation); approving is the district committee's.
const paths = ["/my/rotation", "/admin/rotation", "/admin/rotation/swaps", ...rotationChanged()];

export async function requestRotationSwap(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: requestSwapSchema,
    authorize: "rotation.swap",
    run: async (input, actor) =>
      success("rotation.unit.swapRequested", { id: await requestRotationSwapMutation(actor, input) }),
    revalidate: paths,
  });
}

export async function cancelRotationSwap(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: swapIdSchema,
    authorize: "rotation.swap",
    run: async (input, actor) => {
      await cancelRotationSwapMutation(actor, input);
      return success("rotation.unit.swapCancelled");
    },
    revalidate: paths,
  });
}

export async function answerRotationSwap(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: answerSwapSchema,
    authorize: "rotation.swap",
    run: async (input, actor) => {
      await answerRotationSwapMutation(actor, input);
      return success(input.answer === "ACCEPT" ? "rotation.unit.swapAccepted" : "rotation.unit.swapDeclined");
    },
    revalidate: paths,
  });
}

export async function decideRotationSwap(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: decideSwapSchema,
    authorize: "rotation.manage",
    run: async (input, actor) => {
      const decision = await decideRotationSwapMutation(actor, input);
      if (decision === "replaced") {
        // The swap was cancelled (committed), though the approval itself was refused.
        revalidateTargets(paths);
        return failure("rotation.unit.errors.scheduleReplaced");
      }
      return success(decision === "approved" ? "rotation.unit.swapApproved" : "rotation.unit.swapRejected");
    },
    revalidate: paths,
  });
}
