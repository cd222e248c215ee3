import type { Metadata } from "next";
import { planFilters, planMetadata, PlanView } from "@/components/activities/plan/plan-view";

// `/plan?q=…` as proxy.ts rewrites it (lib/core/site/list-query.ts): free text has no bound on
// its values, so a search is rendered per request and never cached. The query it gets is
// already canonical.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return planMetadata(planFilters(await searchParams));
}

export default async function PlanSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <PlanView filters={planFilters(await searchParams)} strict={false} />;
}
