// The public list's order: subdistricts (街道), their communities, each community's pairings.
// Pure, for its test; the query already sorts communities by name.

type Grouped = {
  id: number;
  community: { id: number; name: string; subdistrict: { name: string } | null };
};

export type SubdistrictGroup<P extends Grouped> = {
  /** "" for communities not filed under a subdistrict (listed last). */
  subdistrict: string;
  communities: Array<{ id: number; name: string; pairings: P[] }>;
};

export function groupPairings<P extends Grouped>(pairings: readonly P[]): SubdistrictGroup<P>[] {
  const groups = new Map<string, SubdistrictGroup<P>>();
  for (const pairing of pairings) {
    const key = pairing.community.subdistrict?.name ?? "";
    const group = groups.get(key) ?? { subdistrict: key, communities: [] };
    groups.set(key, group);
    let community = group.communities.find((entry) => entry.id === pairing.community.id);
    if (!community) {
      community = { id: pairing.community.id, name: pairing.community.name, pairings: [] };
      group.communities.push(community);
    }
    community.pairings.push(pairing);
  }
  return [...groups.values()].sort((a, b) =>
    a.subdistrict === ""
      ? 1
      : b.subdistrict === ""
        ? -1
        : a.subdistrict.localeCompare(b.subdistrict, "zh-CN"),
  );
}
