import { notFound } from "next/navigation";
import { unitsMetadata, UnitsView } from "@/components/units/directory/units-view";
import { readSegments } from "@/lib/core/site/list-query";
import { parseUnitSearch, unitsList } from "@/lib/units/directory/unit-params";

// `/units?page=2` as proxy.ts rewrites it: `/units/_f/page-2` (lib/core/site/list-query.ts).
// It reads no query, so each page of the directory is rendered once and then served from the cache.

type Params = Promise<{ locale: string; filter: string[] }>;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = unitsMetadata;

export default async function UnitsPageOfDirectory({ params }: { params: Params }) {
  const query = readSegments(unitsList, (await params).filter);
  if (!query) notFound();
  return <UnitsView search={parseUnitSearch(Object.fromEntries(query))} />;
}
