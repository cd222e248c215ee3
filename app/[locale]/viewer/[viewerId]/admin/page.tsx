import { notFound } from "next/navigation";
import { AdminNav } from "@/components/core/layout/admin-nav";
import { AdminHome, adminHomeMetadata } from "@/components/overview/admin-home";
import { isAdmin } from "@/lib/core/auth/policy";
import { viewerOfCopy } from "@/lib/core/site/viewer-pages";

export const generateMetadata = adminHomeMetadata;

/** An admin's cached `/admin` (lib/core/site/viewer-pages.ts), with what the /admin layout adds. */
export default async function ViewerAdminHomePage({ params }: { params: Promise<{ viewerId: string }> }) {
  const user = await viewerOfCopy((await params).viewerId, "/admin");
  if (!isAdmin(user)) notFound();
  return (
    <>
      <AdminNav />
      <AdminHome user={user} />
    </>
  );
}
