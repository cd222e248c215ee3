import { VenuesView, venuesMetadata } from "@/components/venues/map/venues-view";
import { parseVenueMapFilters } from "@/lib/venues/public/filters";

// All venues: reads no query, so it is rendered once and then served from the cache. A kind
// is cached by ./_f, "free at" rendered per request by ./_search (proxy.ts,
// lib/core/site/list-query.ts).

export const generateMetadata = venuesMetadata;

export default function VenuesPage() {
  return <VenuesView filters={parseVenueMapFilters({})} />;
}
