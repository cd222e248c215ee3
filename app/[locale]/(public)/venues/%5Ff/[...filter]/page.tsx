import { notFound } from "next/navigation";
import { VenuesView, venuesMetadata } from "@/components/venues/map/venues-view";
import { readSegments } from "@/lib/core/site/list-query";
import { parseVenueMapFilters, venuesList } from "@/lib/venues/public/filters";

// `/venues?kind=…` as proxy.ts rewrites it: `/venues/_f/kind-…` (lib/core/site/list-query.ts).
// It reads no query, so each kind is rendered once and then served from the cache.

type Params = Promise<{ locale: string; filter: string[] }>;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = venuesMetadata;

export default async function VenuesKindPage({ params }: { params: Params }) {
  const query = readSegments(venuesList, (await params).filter);
  if (!query) notFound();
  return <VenuesView filters={parseVenueMapFilters(Object.fromEntries(query))} />;
}
