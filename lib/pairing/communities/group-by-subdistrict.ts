// Lists of communities are read by subdistrict (街道), as the committee and residents think of
// them: one group per subdistrict in pinyin order, communities in pinyin order inside it, and
// the few without a subdistrict last.

const collator = new Intl.Collator("zh-CN");

/** Names in pinyin order (the database's byte order puts 七里甸 before 南山). */
export const compareNames = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

export type SubdistrictGroup<T> = {
  /** null for the communities that belong to no subdistrict. */
  subdistrict: { id: number; name: string } | null;
  communities: T[];
};

export function groupBySubdistrict<
  T extends { name: string; subdistrict: { id: number; name: string } | null },
>(communities: readonly T[]): SubdistrictGroup<T>[] {
  const groups = new Map<number | null, SubdistrictGroup<T>>();
  for (const community of communities) {
    const key = community.subdistrict?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { subdistrict: community.subdistrict, communities: [] };
      groups.set(key, group);
    }
    group.communities.push(community);
  }
  for (const group of groups.values()) group.communities.sort(compareNames);
  return [...groups.values()].sort((a, b) => {
    if (a.subdistrict === null) return b.subdistrict === null ? 0 : 1;
    if (b.subdistrict === null) return -1;
    return compareNames(a.subdistrict, b.subdistrict);
  });
}
