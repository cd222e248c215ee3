import { z } from "zod";
import { UnitCategory, UnitStatus } from "@/lib/generated/prisma/enums";
import { searchTextSchema } from "@/lib/units/directory/unit-params";
import { parseQuarter, type Quarter } from "./activity-filters";

// The admin unit list's URL parameters (?q=&status=&category=, and the admin overview's
// ?withoutItem=<year> and ?idle=<year>-Q<n>, see activity-filters.ts). Never throws: anything
// odd means "no filter" rather than an error page.

export type AdminUnitFilter = {
  q?: string;
  status?: UnitStatus;
  category?: UnitCategory;
  withoutItem?: number;
  idle?: Quarter;
};

type RawParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? undefined : value);

export function parseAdminUnitFilter(params: RawParams): AdminUnitFilter {
  const filter: AdminUnitFilter = {};
  const q = searchTextSchema.parse(single(params.q));
  if (q) filter.q = q;
  const status = z.enum(UnitStatus).safeParse(single(params.status));
  if (status.success) filter.status = status.data;
  const category = z.enum(UnitCategory).safeParse(single(params.category));
  if (category.success) filter.category = category.data;
  const withoutItem = single(params.withoutItem) ?? "";
  if (/^\d{4}$/.test(withoutItem) && Number(withoutItem) >= 2000 && Number(withoutItem) <= 2100)
    filter.withoutItem = Number(withoutItem);
  const idle = parseQuarter(single(params.idle));
  if (idle) filter.idle = idle;
  return filter;
}
