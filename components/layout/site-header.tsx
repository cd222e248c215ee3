import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tc = await getTranslations("common");
  const user = await getCurrentUser().catch(() => null);
  // A cheap index-only count; a failure must not take the header (and every page) down.
  const unread = user?.role === "SECRETARY" ? await countUnreadNotifications(user.id).catch(() => 0) : 0;
  const links: Array<{ href: string; label: string; badge?: number }> = [
    { href: "/plan", label: t("plan") },
    { href: "/units", label: t("units") },
    { href: "/meetings", label: t("meetings") },
    { href: "/rotation", label: t("rotation") },
    { href: "/venues", label: t("venues") },
    ...(user ? [] : [{ href: "/join", label: t("join") }]),
    ...(user?.role === "SECRETARY" ? [{ href: "/my", label: t("my") }] : []),
    ...(user?.role === "SECRETARY" ? [{ href: "/my/inbox", label: t("inbox"), badge: unread }] : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin", label: t("admin") }] : []),
  ];
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-auto font-bold text-brand-700">
          <span className="sm:hidden">{tc("siteShortName")}</span>
          <span className="hidden sm:inline">{tc("siteName")}</span>
        </Link>
        <div className="flex items-center gap-2">
          <LanguageSwitch />
          {user ? (
            <SignOutButton label={tc("signOut")} />
          ) : (
            <Link
              href="/login"
              className="rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800"
            >
              {tc("signIn")}
            </Link>
          )}
        </div>
        <nav aria-label={t("main")} className="w-full sm:w-auto">
          <ul className="flex gap-4 overflow-x-auto text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block py-1 text-stone-700 hover:text-brand-700">
                  {link.label}
                  {link.badge ? (
                    <span className="ml-1 rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
                      <span aria-hidden="true">{link.badge}</span>
                      <span className="sr-only">{t("inboxUnread", { count: link.badge })}</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {user ? <p className="sr-only">{tc("signedInAs", { name: user.name })}</p> : null}
    </header>
  );
}
