"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { needPaths } from "./need-paths";
import { offerHelp as offerHelpMutation, withdrawOffer as withdrawOfferMutation } from "./offer-help";
import { needOfOffer } from "./queries";
import { offerHelpSchema, offerSchema } from "./schemas";

// A secretary offers their own unit's help (need.offer); the unit is the session's, never a form's.

export async function offerHelp(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: offerHelpSchema,
    authorize: "need.offer",
    run: async (input, actor) => {
      await offerHelpMutation(actor, input);
      return success("pairing.needs.done.offered");
    },
    revalidate: (input) => needPaths(input.needId),
  });
}

export async function withdrawOffer(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: offerSchema,
    authorize: "need.offer",
    run: async (input, actor) => {
      await withdrawOfferMutation(actor, input);
      return success("pairing.needs.done.withdrawn");
    },
    revalidate: async (input) => needPaths(await needOfOffer(input.offerId)),
  });
}
