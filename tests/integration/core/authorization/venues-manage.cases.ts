// Registering and managing venues: the owning unit's secretaries and admins. Creating registers a
// venue of the actor's own unit (an admin has none and is refused by the mutation, not the policy).
import {
  addVenueClosedDate,
  createVenue,
  removeVenueClosedDate,
  removeVenuePhoto,
  setVenueActive,
  updateVenue,
  uploadVenuePhoto,
} from "@/lib/venues/manage/actions";
import { db } from "@/lib/core/db";
import { imageFile, pngBytes } from "@/tests/factories/images";
import { createVenue as createVenueRow } from "@/tests/factories/venues";
import { venueFields } from "@/tests/integration/venues/manage/helpers";
import { formData } from "@/tests/integration/helpers/session";
import { unitAOrAdmin, type AuthorizationCase, type Outcome, type RoleName, type World } from "./roles";

const ownUnitSecretariesOrAdmin: Record<RoleName, Outcome> = { ...unitAOrAdmin, secretaryB: "allowed" };

const venueOfA = (world: World) => createVenueRow(world.unitA.id);

export const cases: AuthorizationCase[] = [
  {
    name: "createVenue",
    action: createVenue,
    input: () => formData(venueFields()),
    expected: ownUnitSecretariesOrAdmin,
  },
  {
    name: "updateVenue",
    action: updateVenue,
    input: async (world) => {
      const venue = await venueOfA(world);
      return formData(venueFields({ venueId: venue.id, version: venue.version }));
    },
    expected: unitAOrAdmin,
  },
  {
    name: "setVenueActive",
    action: setVenueActive,
    input: async (world) => formData({ venueId: (await venueOfA(world)).id, active: "false" }),
    expected: unitAOrAdmin,
  },
  {
    name: "addVenueClosedDate",
    action: addVenueClosedDate,
    input: async (world) =>
      formData({ venueId: (await venueOfA(world)).id, date: "2026-12-31", reason: "盘点" }),
    expected: unitAOrAdmin,
  },
  {
    name: "removeVenueClosedDate",
    action: removeVenueClosedDate,
    input: async (world) => {
      const venue = await venueOfA(world);
      await db.venueClosedDate.create({
        data: { venueId: venue.id, date: new Date("2026-12-31T00:00:00Z") },
      });
      return formData({ venueId: venue.id, date: "2026-12-31" });
    },
    expected: unitAOrAdmin,
  },
  {
    name: "uploadVenuePhoto",
    action: uploadVenuePhoto,
    input: async (world) =>
      formData({ venueId: (await venueOfA(world)).id, photo: imageFile(pngBytes(), "p.png", "image/png") }),
    expected: unitAOrAdmin,
  },
  {
    name: "removeVenuePhoto",
    action: removeVenuePhoto,
    input: async (world) => {
      const venue = await venueOfA(world);
      const photo = await db.venuePhoto.create({
        data: { venueId: venue.id, contentType: "image/png", data: new Uint8Array(pngBytes()) },
      });
      return formData({ venueId: venue.id, photoId: photo.id });
    },
    expected: unitAOrAdmin,
  },
];
