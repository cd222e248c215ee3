import { forbidden } from "next/navigation";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { AdminNav } from "@/components/core/layout/admin-nav";

/**
 * The admin section's navigation. Signed-in users who are not admins get 403 here already;
 * anonymous users (and forced password changes) are left to the page, whose requireAdmin(path)
 * sends them to sign in with the page's own address as the way back — a redirect from here
 * could only say "/admin" and would lose deep links. Every page and action checks itself.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user && !can(user, "admin.access")) forbidden();
  return (
    <>
      {user && !user.mustChangePassword ? <AdminNav /> : null}
      {children}
    </>
  );
}
