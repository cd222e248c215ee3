import type { RecordKind } from "../kinds";

/** A title the catalogs word (e.g. "2026 年轮值表第 3 版"): a key under core.audit and values. */
export type TitleMessage = { key: string; values: Record<string, string | number> };

/** How the log shows a record: its title and, when it has one, the admin page about it. */
export type RecordTitle = { title: string | TitleMessage; href: string | null };

/**
 * Finds the titles of many records of one kind in one query (never one per record). Ids come
 * from the log as text; a record that no longer exists is simply missing from the map.
 */
export type Resolver = (ids: string[]) => Promise<Map<string, RecordTitle>>;
export type Resolvers = Record<RecordKind, Resolver>;

const maxInt = 2_147_483_647;

/** The ids that can be database ids (the log's text may hold anything). */
export function intIds(ids: string[]): number[] {
  return [
    ...new Set(
      ids.filter((id) => /^\d{1,10}$/.test(id) && Number(id) <= maxInt && Number(id) > 0).map(Number),
    ),
  ];
}

/** Composite ids "a:b" (e.g. meeting:unit) as number pairs. */
export function intPairs(ids: string[]): Array<[number, number]> {
  return ids.flatMap((id) => {
    const [a = "", b = "", ...rest] = id.split(":");
    const ok = rest.length === 0 && intIds([a]).length === 1 && intIds([b]).length === 1;
    return ok ? [[Number(a), Number(b)] as [number, number]] : [];
  });
}

/** Runs one batched query for the ids, then keys the found rows by id. */
export async function byId<Row extends { id: number }>(
  ids: string[],
  find: (ids: number[]) => Promise<Row[]>,
  title: (row: Row) => RecordTitle,
): Promise<Map<string, RecordTitle>> {
  const numbers = intIds(ids);
  if (numbers.length === 0) return new Map();
  const rows = await find(numbers);
  return new Map(rows.map((row) => [String(row.id), title(row)]));
}
