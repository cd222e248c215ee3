import { VenuesView, venuesMetadata } from "@/components/venues/map/venues-view";
import { parseVenueMapFilters } from "@/lib/venues/public/filters";

// `/venues?date=…&time=…` as proxy.ts rewrites it (lib/core/site/list-query.ts): "free at"
// changes with every booking and has no bound on its values, so it is rendered per request and
// never cached.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const generateMetadata = venuesMetadata;

export default async function VenuesSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <VenuesView filters={parseVenueMapFilters(await searchParams)} />;
}
