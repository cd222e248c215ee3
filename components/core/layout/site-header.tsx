import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import type { NavLink } from "@/components/ui/nav-links";
import { LanguageSwitch } from "./language-switch";
import { MainNav, type NavLabels } from "./main-nav";

/**
 * The same for every visitor of a language, so it never makes a page per-user: the signed-in
 * part (workspace links, inbox count, sign out) is MainNav's island.
 */
export async function SiteHeader() {
  const t = await getTranslations("core.nav");
  const tc = await getTranslations("core.common");
  const sections: NavLink[] = [
    { href: "/plan", label: t("plan") },
    { href: "/units", label: t("units") },
    { href: "/meetings", label: t("meetings") },
    { href: "/rotation", label: t("rotation") },
    { href: "/venues", label: t("venues") },
    { href: "/pairings", label: t("pairings") },
    { href: "/needs", label: t("needs") },
  ];
  const labels: NavLabels = {
    main: t("main"),
    menu: t("menu"),
    join: t("join"),
    my: t("my"),
    inbox: t("inbox"),
    inboxUnread: t("inboxUnread", { count: "{count}" }),
    admin: t("admin"),
    signIn: tc("signIn"),
    signOut: tc("signOut"),
    signedInAs: tc("signedInAs", { name: "{name}" }),
  };
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
        <MainNav sections={sections} labels={labels} />
      </div>
    </header>
  );
}
