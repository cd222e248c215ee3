import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/ui/sub-nav";

/** The district committee's sections; rendered by the /admin layout. */
export async function AdminNav() {
  const t = await getTranslations("admin");
  return (
    <SubNav
      label={t("navLabel")}
      links={[
        { href: "/admin", label: t("navOverview"), exact: true },
        { href: "/admin/applications", label: t("navApplications") },
        { href: "/admin/units", label: t("navUnits") },
        { href: "/admin/plan", label: (await getTranslations("planAdmin"))("navLink") },
        { href: "/admin/meetings", label: (await getTranslations("meetings"))("navLink") },
        { href: "/admin/decisions", label: (await getTranslations("decisions"))("navLink") },
        { href: "/admin/rotation", label: (await getTranslations("rotation"))("navLink") },
        { href: "/admin/users", label: t("navUsers") },
        { href: "/admin/commitments", label: (await getTranslations("commitments"))("navLabel") },
        { href: "/admin/reports", label: (await getTranslations("reports"))("navLink") },
        { href: "/admin/audit", label: t("navAudit") },
      ]}
    />
  );
}
