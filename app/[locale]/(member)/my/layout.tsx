import { forbidden } from "next/navigation";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { MyNav } from "@/components/units/self-service/my-nav";

/**
 * The secretary's workspace navigation. Signed-in users who are not secretaries (admins have
 * no unit) get 403 here already; anonymous users are left to the page, whose
 * requireSecretary(path) keeps the page's address for after signing in. Every page and action
 * checks itself.
 */
export default async function MyLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user && !can(user, "workspace.open")) forbidden();
  return (
    <>
      {user && !user.mustChangePassword ? <MyNav /> : null}
      {children}
    </>
  );
}
