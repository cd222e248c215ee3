// Parses /admin/users search parameters. Pure (no database), so it runs under Vitest as it is.
import { z } from "zod";
import { searchTextSchema } from "@/lib/units/directory/unit-params";

export const usersPageSize = 50;

export type UserListFilter = {
  q?: string;
  role?: "ADMIN" | "SECRETARY";
  unitId?: number;
  active?: boolean;
  page: number;
};

type RawSearchParams = Record<string, string | string[] | undefined>;

const role = z.enum(["ADMIN", "SECRETARY"]).optional().catch(undefined);
const unitId = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);
const active = z
  .enum(["yes", "no"])
  .optional()
  .catch(undefined)
  .transform((value) => (value === undefined ? undefined : value === "yes"));
const page = z.coerce.number().int().min(1).max(10_000).catch(1);

/** Unknown or malformed parameters mean "no filter" rather than an error page. */
export function parseUserListFilter(params: RawSearchParams): UserListFilter {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? undefined : value);
  const filter: UserListFilter = { page: page.parse(single(params.page) ?? 1) };
  const q = searchTextSchema.parse(single(params.q));
  if (q !== undefined) filter.q = q;
  const parsedRole = role.parse(single(params.role));
  if (parsedRole) filter.role = parsedRole;
  const parsedUnit = unitId.parse(single(params.unit) || undefined);
  if (parsedUnit) filter.unitId = parsedUnit;
  const parsedActive = active.parse(single(params.active));
  if (parsedActive !== undefined) filter.active = parsedActive;
  return filter;
}

/** The query string for a filter (for pagination links); page 1 is left out. */
export function userListQuery(filter: UserListFilter, pageNumber = filter.page): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.role) params.set("role", filter.role);
  if (filter.unitId) params.set("unit", String(filter.unitId));
  if (filter.active !== undefined) params.set("active", filter.active ? "yes" : "no");
  if (pageNumber > 1) params.set("page", String(pageNumber));
  const query = params.toString();
  return query ? `?${query}` : "";
}
