import { z } from "zod";
import { UnitCategory, UnitStatus } from "@/lib/generated/prisma/enums";
import { searchTextSchema } from "@/lib/units/directory/unit-params";

// The admin unit list's URL parameters (?q=&status=&category=). Never throws: anything odd
// means "no filter" rather than an error page.

export type AdminUnitFilter = { q?: string; status?: UnitStatus; category?: UnitCategory };

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
  return filter;
}
