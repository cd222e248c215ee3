import { z } from "zod";

// A map point typed into a form (a unit's, a need's): latitude and longitude, both or neither,
// loosely bounded to the Zhenjiang area so a swapped pair or a stray digit is caught. Blank
// fields mean "not on the map". Distances on the needs board are measured from these points.

export const mapBox = { latitude: [31, 33], longitude: [118.5, 120.5] } as const;

const coordinate = ([min, max]: readonly [number, number], key: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z.coerce.number("core.validation.invalid").min(min, key).max(max, key).nullable(),
  );

/** The two fields, to spread into a form's z.object. */
export const mapPointFields = {
  latitude: coordinate(mapBox.latitude, "core.validation.latitude"),
  longitude: coordinate(mapBox.longitude, "core.validation.longitude"),
};

type Point = { latitude: number | null; longitude: number | null };

/** Both or neither: the missing one is marked (for a schema's superRefine). */
export function checkMapPoint(value: Point, ctx: z.RefinementCtx): void {
  if ((value.latitude === null) === (value.longitude === null)) return;
  ctx.addIssue({
    code: "custom",
    path: [value.latitude === null ? "latitude" : "longitude"],
    message: "core.validation.pointBoth",
  });
}
