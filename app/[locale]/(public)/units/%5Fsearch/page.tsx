import { unitsMetadata, UnitsView } from "@/components/units/directory/units-view";
import { parseUnitSearch } from "@/lib/units/directory/unit-params";

// `/units?q=…` as proxy.ts rewrites it (lib/core/site/list-query.ts): free text has no bound on
// its values, so a search is rendered per request and never cached.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const generateMetadata = unitsMetadata;

export default async function UnitsSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <UnitsView search={parseUnitSearch(await searchParams)} />;
}
