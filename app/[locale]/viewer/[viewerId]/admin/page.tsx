import { notFound } from "next/navigation";
import { AdminNav } from "@/components/core/layout/admin-nav";
import { AdminOverview, adminOverviewMetadata } from "@/components/overview/year/admin-overview";
import { isAdmin } from "@/lib/core/auth/policy";
import { viewerOfCopy } from "@/lib/core/site/viewer-pages";

export const generateMetadata = adminOverviewMetadata;

/**
 * An admin's cached `/admin` (lib/core/site/viewer-pages.ts), with what the /admin layout adds:
 * this year's overview. It reads no query (the copy is one per viewer and locale); other years
 * are /admin?year=…, which proxy.ts leaves to the per-request page.
 */
export default async function ViewerAdminHomePage({ params }: { params: Promise<{ viewerId: string }> }) {
  const user = await viewerOfCopy((await params).viewerId, "/admin");
  if (!isAdmin(user)) notFound();
  return (
    <>
      <AdminNav />
      <AdminOverview user={user} year={null} />
    </>
  );
}
