"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { needChanged } from "@/lib/core/site/revalidate-public";
import { cancelNeed as cancelNeedMutation, closeNeed as closeNeedMutation } from "./close-need";
import { acceptOffer as acceptOfferMutation, declineOffer as declineOfferMutation } from "./decide-offer";
import { attachNeed as attachNeedMutation, convertNeed as convertNeedMutation } from "./match-need";
import { addNeedPhoto, removeNeedPhoto as removeNeedPhotoMutation } from "./need-photos";
import { needOfOffer } from "./queries";
import { needPaths } from "./need-paths";
import { createNeed as createNeedMutation, updateNeed as updateNeedMutation } from "./save-need";
import {
  attachNeedSchema,
  cancelNeedSchema,
  closeNeedSchema,
  convertNeedSchema,
  createNeedSchema,
  declineOfferSchema,
  needPhotoSchema,
  offerSchema,
  removeNeedPhotoSchema,
  updateNeedSchema,
} from "./schemas";

// The admin's writes on the needs board (needs.manage); the secretaries' offers are in
// offer-actions.ts, so the member pages do not carry the admin's messages.

export async function createNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createNeedSchema,
    authorize: "needs.manage",
    run: async (input, actor) =>
      success("pairing.needs.done.created", { id: await createNeedMutation(actor, input) }),
    revalidate: (input) => ["/admin/needs", "/my/needs", ...needChanged(undefined, input.communityId)],
  });
}

export async function updateNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateNeedSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await updateNeedMutation(actor, input);
      return success("pairing.needs.done.saved");
    },
    revalidate: (input) => needPaths(input.needId),
  });
}

export async function uploadNeedPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: needPhotoSchema,
    authorize: "needs.manage",
    run: async (input, actor) =>
      success("pairing.needs.done.photoAdded", { id: await addNeedPhoto(actor, input) }),
    revalidate: (input) => needPaths(input.needId),
  });
}

export async function removeNeedPhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeNeedPhotoSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await removeNeedPhotoMutation(actor, input);
      return success("pairing.needs.done.photoRemoved");
    },
    revalidate: (input) => needPaths(input.needId),
  });
}

export async function acceptOffer(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: offerSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await acceptOfferMutation(actor, input);
      return success("pairing.needs.done.offerAccepted");
    },
    revalidate: async (input) => needPaths(await needOfOffer(input.offerId)),
  });
}

export async function declineOffer(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: declineOfferSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await declineOfferMutation(actor, input);
      return success("pairing.needs.done.offerDeclined");
    },
    revalidate: async (input) => needPaths(await needOfOffer(input.offerId)),
  });
}

export async function convertNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: convertNeedSchema,
    authorize: "needs.manage",
    run: async (input, actor) =>
      success("pairing.needs.done.converted", { activityId: await convertNeedMutation(actor, input) }),
    revalidate: async (input) => [...(await needPaths(input.needId)), `/admin/plan/${input.year}`],
  });
}

export async function attachNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: attachNeedSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await attachNeedMutation(actor, input);
      return success("pairing.needs.done.attached");
    },
    revalidate: (input) => needPaths(input.needId),
  });
}

export async function closeNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: closeNeedSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await closeNeedMutation(actor, input);
      return success("pairing.needs.done.closedWithOutcome");
    },
    revalidate: (input) => needPaths(input.needId),
  });
}

export async function cancelNeed(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: cancelNeedSchema,
    authorize: "needs.manage",
    run: async (input, actor) => {
      await cancelNeedMutation(actor, input);
      return success("pairing.needs.done.cancelledNeed");
    },
    revalidate: (input) => needPaths(input.needId),
  });
}
