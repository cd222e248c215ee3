// Pages of a long public list (issue 14: a cached list page weighs the same whatever the data
// size). Pure; page 1 is the list's own address, later pages add `page=N`.
import { z } from "zod";

/** `page=N` of a list's address: 2 and up (page 1 is the address without it), at most 4 digits. */
export const pageParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}$/)
  .transform(Number)
  .pipe(z.number().int().min(2));

export interface Paging {
  page: number;
  pageCount: number;
  skip: number;
  take: number;
}

/**
 * The rows of `page` (from 1) of `total` rows, or null when there is no such page: the page
 * then answers 404, so no address beyond the last page is ever rendered or cached.
 */
export function pageOf(total: number, page: number, pageSize: number): Paging | null {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}

/**
 * The page on which each group of a list starts (months of /plan, categories of /units), given
 * the groups' sizes in list order: a group starts after all the earlier groups' rows.
 */
export function groupStartPages<K>(
  groups: readonly { key: K; count: number }[],
  pageSize: number,
): Map<K, number> {
  const pages = new Map<K, number>();
  let before = 0;
  for (const { key, count } of groups) {
    if (count > 0) pages.set(key, Math.floor(before / pageSize) + 1);
    before += count;
  }
  return pages;
}
