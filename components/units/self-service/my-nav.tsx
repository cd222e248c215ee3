import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/ui/sub-nav";

/** A secretary's workspace sections; rendered by the /my layout. */
export async function MyNav() {
  const t = await getTranslations("my");
  return (
    <SubNav
      label={t("navLabel")}
      links={[
        { href: "/my", label: t("navUnit"), exact: true },
        { href: "/my/unit", label: t("navUnitProfile") },
        { href: "/my/profile", label: t("navProfile") },
        { href: "/my/activities", label: (await getTranslations("participation"))("navActivities") },
        { href: "/my/inbox", label: t("navInbox") },
        { href: "/my/bookings", label: (await getTranslations("bookings"))("navLink") },
        { href: "/my/venues", label: (await getTranslations("venues"))("navMine") },
        { href: "/my/rotation", label: (await getTranslations("rotation"))("navLink") },
        { href: "/my/commitments", label: (await getTranslations("commitments"))("navLabel") },
      ]}
    />
  );
}
