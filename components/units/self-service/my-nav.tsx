import { getTranslations } from "next-intl/server";
import { SubNav } from "@/components/ui/sub-nav";

/** A secretary's workspace sections; rendered by the /my layout. */
export async function MyNav() {
  const t = await getTranslations("units.selfService.home");
  return (
    <SubNav
      label={t("navLabel")}
      links={[
        { href: "/my", label: t("navUnit"), exact: true },
        { href: "/my/year", label: (await getTranslations("overview.unitYear"))("navLink") },
        { href: "/my/unit", label: t("navUnitProfile") },
        { href: "/my/profile", label: t("navProfile") },
        {
          href: "/my/activities",
          label: (await getTranslations("activities.participation"))("navActivities"),
        },
        { href: "/my/inbox", label: t("navInbox") },
        { href: "/my/bookings", label: (await getTranslations("venues.bookings"))("navLink") },
        { href: "/my/venues", label: (await getTranslations("venues.manage"))("navMine") },
        { href: "/my/rotation", label: (await getTranslations("rotation.admin"))("navLink") },
        { href: "/my/commitments", label: (await getTranslations("activities.commitments"))("navLabel") },
        { href: "/my/pairings", label: (await getTranslations("pairing.pairings"))("myNavLink") },
        { href: "/my/needs", label: (await getTranslations("pairing.needs.my"))("navLink") },
        { href: "/my/surveys", label: (await getTranslations("surveys.answer"))("navLink") },
      ]}
    />
  );
}
