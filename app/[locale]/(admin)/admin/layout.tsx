import { forbidden } from "next/navigation";
import { ClientMessages } from "@/components/core/i18n/client-messages";
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
    <ClientMessages
      namespaces={[
        "core.errors",
        "core.validation",
        "units.admission",
        "units.admin",
        "units.accounts",
        "activities.admin",
        "activities.reports",
        "activities.commitments",
        "activities.checkin",
        "meetings.meeting",
        "meetings.agenda",
        "meetings.attendance",
        "meetings.decisions",
        "rotation.admin",
        "rotation.unit",
        "rotation.public.reminders",
      ]}
    >
      {user && !user.mustChangePassword ? <AdminNav /> : null}
      {children}
    </ClientMessages>
  );
}
