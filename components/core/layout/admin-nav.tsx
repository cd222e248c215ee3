import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/ui/sub-nav";

/** The district committee's sections; rendered by the /admin layout. */
export async function AdminNav() {
  const t = await getTranslations("overview.admin");
  return (
    <SubNav
      label={t("navLabel")}
      links={[
        { href: "/admin", label: t("navOverview"), exact: true },
        { href: "/admin/applications", label: t("navApplications") },
        { href: "/admin/units", label: t("navUnits") },
        { href: "/admin/plan", label: (await getTranslations("activities.admin"))("navLink") },
        { href: "/admin/meetings", label: (await getTranslations("meetings.meeting"))("navLink") },
        { href: "/admin/decisions", label: (await getTranslations("meetings.decisions"))("navLink") },
        { href: "/admin/bookings", label: (await getTranslations("venues.bookings"))("adminList.navLink") },
        { href: "/admin/rotation", label: (await getTranslations("rotation.admin"))("navLink") },
        { href: "/admin/communities", label: (await getTranslations("pairing.communities"))("adminNavLink") },
        { href: "/admin/pairings", label: (await getTranslations("pairing.pairings"))("adminNavLink") },
        { href: "/admin/needs", label: (await getTranslations("pairing.needs"))("adminNavLink") },
        { href: "/admin/sites", label: (await getTranslations("pairing.sites"))("adminNavLink") },
        { href: "/admin/surveys", label: (await getTranslations("surveys.admin"))("navLink") },
        { href: "/admin/users", label: t("navUsers") },
        { href: "/admin/commitments", label: (await getTranslations("activities.commitments"))("navLabel") },
        { href: "/admin/reports", label: (await getTranslations("activities.reports"))("navLink") },
        { href: "/admin/report", label: (await getTranslations("overview.report"))("navLink") },
        { href: "/admin/audit", label: t("navAudit") },
      ]}
    />
  );
}
