import { AdminOverview, adminOverviewMetadata } from "@/components/overview/year/admin-overview";
import { requireAdmin } from "@/lib/core/auth/session";
import { parseOverviewYear } from "@/lib/overview/year/queries";

export const generateMetadata = adminOverviewMetadata;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Admins are served their cached copy of /admin (app/[locale]/viewer), which shows this year.
// This render is for everybody else, whom requireAdmin sends to sign in or refuses, and for an
// admin's /admin?year=2025 (the year picker): an address with a query never gets the copy
// (proxy.ts), so another year is rendered per request.
export default async function AdminHomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireAdmin("/admin");
  return <AdminOverview user={user} year={parseOverviewYear((await searchParams).year)} />;
}
