import { AdminHome, adminHomeMetadata } from "@/components/overview/admin-home";
import { requireAdmin } from "@/lib/core/auth/session";

export const generateMetadata = adminHomeMetadata;

// Admins are served their cached copy (app/[locale]/viewer); this render is for everybody else,
// whom requireAdmin sends to sign in or refuses.
export default async function AdminHomePage() {
  return <AdminHome user={await requireAdmin("/admin")} />;
}
