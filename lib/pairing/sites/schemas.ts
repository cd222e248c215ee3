import { z } from "zod";
import { checkbox, id, isoDate, optionalText, plainKey, text, toIdList } from "@/lib/core/forms/fields";
import { readResultRows } from "./result-rows";

// Schemas shared by the service-site forms (components/pairing/sites) and their actions.

const blankToNull = (value: unknown) => (value === undefined || value === "" ? null : value);

/** Latitude/longitude, loosely bounded to the Zhenjiang area; blank = not on the map. */
const coordinate = (min: number, max: number) =>
  z.preprocess(
    blankToNull,
    z.coerce
      .number("pairing.sites.validation.coordinate")
      .min(min, "pairing.sites.validation.coordinate")
      .max(max, "pairing.sites.validation.coordinate")
      .nullable(),
  );

/** m², positive, at most two decimals; blank = not measured. */
const area = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .regex(/^-?\d{1,10}(\.\d{1,2})?$/, "pairing.sites.validation.area")
    .transform(Number)
    .pipe(z.number().positive("pairing.sites.validation.area"))
    .nullable(),
);

const version = z.coerce.number("core.validation.invalid").int().min(0).max(2_147_483_647);

const siteObject = z.object({
  name: text(120),
  description: optionalText(5000),
  areaSqm: area,
  address: optionalText(200),
  latitude: coordinate(31, 33),
  longitude: coordinate(118.5, 120.5),
  communityId: id,
  active: checkbox,
});

// A map point is both coordinates or neither (the database checks it too).
const pointChecked = <T extends z.ZodType<{ latitude: number | null; longitude: number | null }>>(
  schema: T,
) =>
  schema.superRefine((value, context) => {
    if ((value.latitude === null) === (value.longitude === null)) return;
    const missing = value.latitude === null ? "latitude" : "longitude";
    context.addIssue({ code: "custom", path: [missing], message: "pairing.sites.validation.pointPair" });
  });

export const createSiteSchema = pointChecked(siteObject);
export type CreateSiteInput = z.output<typeof createSiteSchema>;

export const updateSiteSchema = pointChecked(siteObject.extend({ siteId: id, version }));
export type UpdateSiteInput = z.output<typeof updateSiteSchema>;

export const addSiteUnitSchema = z.object({ siteId: id, unitId: id, since: isoDate });
export type AddSiteUnitInput = z.output<typeof addSiteUnitSchema>;

export const removeSiteUnitSchema = z.object({ siteId: id, unitId: id });
export type RemoveSiteUnitInput = z.output<typeof removeSiteUnitSchema>;

const count = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "pairing.sites.validation.wholeNumber")
  .transform(Number)
  .pipe(z.number().int().min(0).max(100_000));

const hours = z
  .string()
  .trim()
  .regex(/^\d{1,6}(\.\d)?$/, "pairing.sites.validation.hours")
  .transform(Number);

type ReadRows = ReturnType<typeof readResultRows>;

/** Gathers the numbered result fields into one value before the object is checked. */
function gatherResults(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  return { ...raw, results: readResultRows(raw as Record<string, unknown>) };
}

const entryObject = z.object({
  siteId: id,
  servedOn: isoDate,
  volunteers: count,
  hours,
  summary: text(1000),
  /** The units ticked in the list, plus one more chosen from all units (extraUnitId). */
  unitIds: z.preprocess(toIdList, z.array(id).max(200)),
  extraUnitId: z.preprocess(blankToNull, id.nullable()),
  results: z.custom<ReadRows>((value) => typeof value === "object" && value !== null),
});

// Checked even when another field failed (`when`), so every mistake shows at once.
function resultIssues(value: { results?: ReadRows }, context: z.RefinementCtx) {
  for (const issue of value.results?.issues ?? [])
    context.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}
const always = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

function finish<T extends { unitIds: number[]; extraUnitId: number | null; results: ReadRows }>(value: T) {
  const { extraUnitId, results, ...rest } = value;
  const unitIds = [...new Set(extraUnitId === null ? value.unitIds : [...value.unitIds, extraUnitId])];
  return { ...rest, unitIds, results: results.rows };
}

export const addLogEntrySchema = z.preprocess(
  gatherResults,
  entryObject.superRefine(resultIssues, always).transform(finish),
);
export type AddLogEntryInput = z.output<typeof addLogEntrySchema>;

export const updateLogEntrySchema = z.preprocess(
  gatherResults,
  entryObject
    .extend({ entryId: id, version: plainKey(1, 40) })
    .superRefine(resultIssues, always)
    .transform(finish),
);
export type UpdateLogEntryInput = z.output<typeof updateLogEntrySchema>;

export const deleteLogEntrySchema = z.object({ siteId: id, entryId: id });
export type DeleteLogEntryInput = z.output<typeof deleteLogEntrySchema>;
