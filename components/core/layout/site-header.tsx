import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { countUnreadNotifications } from "@/lib/core/notifications/queries";
import type { NavLink } from "@/components/ui/nav-links";
import { ButtonLink } from "@/components/ui/button-link";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("core.nav");
  const tc = await getTranslations("core.common");
  const user = await getCurrentUser().catch(() => null);
  // A cheap index-only count; a failure must not take the header (and every page) down.
  const unread = user && can(user, "inbox.read") ? await countUnreadNotifications(user.id).catch(() => 0) : 0;
  const links: NavLink[] = [
    { href: "/plan", label: t("plan") },
    { href: "/units", label: t("units") },
    { href: "/meetings", label: t("meetings") },
    { href: "/rotation", label: t("rotation") },
    { href: "/venues", label: t("venues") },
    ...(user ? [] : [{ href: "/join", label: t("join") }]),
    ...(can(user, "workspace.open") ? [{ href: "/my", label: t("my") }] : []),
    ...(can(user, "inbox.read")
      ? [
          {
            href: "/my/inbox",
            label: t("inbox"),
            badge: unread,
            badgeLabel: t("inboxUnread", { count: unread }),
          },
        ]
      : []),
    ...(can(user, "admin.access") ? [{ href: "/admin", label: t("admin") }] : []),
  ];
  const account = user ? (
    <SignOutButton label={tc("signOut")} />
  ) : (
    <ButtonLink href="/login" className="text-sm">
      {tc("signIn")}
    </ButtonLink>
  );
  return (
    <header className="no-print relative border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 gap-y-1 px-4 py-2 sm:flex-wrap sm:px-6">
        <Link
          href="/"
          className="mr-auto flex min-h-11 min-w-0 items-center font-bold break-keep text-brand-700"
        >
          <span className="sm:hidden">{tc("siteShortName")}</span>
          <span className="hidden sm:inline">{tc("siteName")}</span>
        </Link>
        <LanguageSwitch />
        <div className="hidden sm:block">{account}</div>
        <MainNav label={t("main")} menuLabel={t("menu")} links={links} phoneExtra={account} />
      </div>
      {user ? <p className="sr-only">{tc("signedInAs", { name: user.name })}</p> : null}
    </header>
  );
}
