"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { createVenue as createVenueMutation, updateVenue as updateVenueMutation } from "./save-venue";
import {
  addClosedDate as addClosedDateMutation,
  removeClosedDate as removeClosedDateMutation,
  setVenueActive as setVenueActiveMutation,
} from "./venue-extras";
import { addVenuePhoto, removeVenuePhoto as removeVenuePhotoMutation } from "./venue-photos";
import {
  closedDateSchema,
  createVenueSchema,
  removeClosedDateSchema,
  removeVenuePhotoSchema,
  setVenueActiveSchema,
  updateVenueSchema,
  venuePhotoSchema,
} from "./schemas";

// The policy sees the actor's own unit (creating registers a venue of it); for an existing
// venue the mutation checks on the locked row that the venue belongs to that unit (or admin).
// A user without a unit gets -1, which no unit has: only admins pass.
const ownUnit = (actor: { unitId: number | null }) =>
  ({ action: "venue.manage", unitId: actor.unitId ?? -1 }) as const;
const paths = (input: { venueId: number }) => [
  "/my/venues",
  `/my/venues/${input.venueId}`,
  "/venues",
  `/venues/${input.venueId}`,
];

export async function createVenue(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createVenueSchema,
    authorize: ownUnit,
    run: async (input, actor) =>
      success("venues.manage.created", { id: await createVenueMutation(actor!, input) }),
    revalidate: ["/my/venues", "/venues"],
  });
}

export async function updateVenue(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateVenueSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      await updateVenueMutation(actor!, input);
      return success("venues.manage.saved");
    },
    revalidate: paths,
  });
}

export async function setVenueActive(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: setVenueActiveSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      await setVenueActiveMutation(actor!, input);
      return success(input.active === "true" ? "venues.manage.shown" : "venues.manage.hidden");
    },
    revalidate: paths,
  });
}

export async function addVenueClosedDate(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: closedDateSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      await addClosedDateMutation(actor!, input);
      return success("venues.manage.closedDateAdded");
    },
    revalidate: paths,
  });
}

export async function removeVenueClosedDate(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeClosedDateSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      await removeClosedDateMutation(actor!, input);
      return success("venues.manage.closedDateRemoved");
    },
    revalidate: paths,
  });
}

export async function uploadVenuePhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: venuePhotoSchema,
    authorize: ownUnit,
    run: async (input, actor) =>
      success("venues.manage.photoAdded", { id: await addVenuePhoto(actor!, input) }),
    revalidate: paths,
  });
}

export async function removeVenuePhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeVenuePhotoSchema,
    authorize: ownUnit,
    run: async (input, actor) => {
      await removeVenuePhotoMutation(actor!, input);
      return success("venues.manage.photoRemoved");
    },
    revalidate: paths,
  });
}
