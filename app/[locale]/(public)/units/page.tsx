import { unitsMetadata, UnitsView } from "@/components/units/directory/units-view";

// The whole directory: reads no query, so it is rendered once and then served from the cache.
// A search (`/units?q=…`) is rendered per request by ./_search (proxy.ts,
// lib/core/site/list-query.ts).

export const generateMetadata = unitsMetadata;

export default function UnitsPage() {
  return <UnitsView search={{}} />;
}
