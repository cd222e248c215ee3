"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { venueChanged } from "@/lib/core/site/revalidate-public";
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

// The policy admits admins and secretaries (venue.manage by name); creating registers a venue
// of the actor's own unit (an admin, who has none, is told so by the mutation), and for an
// existing venue the mutation checks on the locked row that the venue belongs to that unit (or
// the actor is an admin).
const paths = (input: { venueId: number }) => [
  "/my/venues",
  `/my/venues/${input.venueId}`,
  ...venueChanged(input.venueId),
];

export async function createVenue(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createVenueSchema,
    authorize: "venue.manage",
    run: async (input, actor) =>
      success("venues.manage.created", { id: await createVenueMutation(actor, input) }),
    revalidate: ["/my/venues", ...venueChanged()],
  });
}

export async function updateVenue(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateVenueSchema,
    authorize: "venue.manage",
    run: async (input, actor) => {
      await updateVenueMutation(actor, input);
      return success("venues.manage.saved");
    },
    revalidate: paths,
  });
}

export async function setVenueActive(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: setVenueActiveSchema,
    authorize: "venue.manage",
    run: async (input, actor) => {
      await setVenueActiveMutation(actor, input);
      return success(input.active === "true" ? "venues.manage.shown" : "venues.manage.hidden");
    },
    revalidate: paths,
  });
}

export async function addVenueClosedDate(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: closedDateSchema,
    authorize: "venue.manage",
    run: async (input, actor) => {
      await addClosedDateMutation(actor, input);
      return success("venues.manage.closedDateAdded");
    },
    revalidate: paths,
  });
}

export async function removeVenueClosedDate(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeClosedDateSchema,
    authorize: "venue.manage",
    run: async (input, actor) => {
      await removeClosedDateMutation(actor, input);
      return success("venues.manage.closedDateRemoved");
    },
    revalidate: paths,
  });
}

export async function uploadVenuePhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: venuePhotoSchema,
    authorize: "venue.manage",
    run: async (input, actor) =>
      success("venues.manage.photoAdded", { id: await addVenuePhoto(actor, input) }),
    revalidate: paths,
  });
}

export async function removeVenuePhoto(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeVenuePhotoSchema,
    authorize: "venue.manage",
    run: async (input, actor) => {
      await removeVenuePhotoMutation(actor, input);
      return success("venues.manage.photoRemoved");
    },
    revalidate: paths,
  });
}
