import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { planFilters, planMetadata, PlanView } from "@/components/activities/plan/plan-view";
import { planList } from "@/lib/activities/plan/plan-filters";
import { readSegments } from "@/lib/core/site/list-query";

// `/plan?year=2026&type=…` as proxy.ts rewrites it: one path segment per filter
// (`/plan/year-2026/type-…`, lib/core/site/list-query.ts). It reads no query, so each filter
// combination is rendered once and then served from the cache; nothing is rendered at build.
// A search (free text) is rendered per request by ../_search.

type Params = Promise<{ locale: string; filter?: string[] }>;

export function generateStaticParams() {
  return [];
}

async function load(params: Params) {
  const query = readSegments(planList, (await params).filter ?? []);
  if (!query) notFound();
  return planFilters(Object.fromEntries(query));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return planMetadata(await load(params));
}

export default async function PlanPage({ params }: { params: Params }) {
  return <PlanView filters={await load(params)} strict />;
}
