import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { getMyUnitProfile } from "@/lib/units/self-service/queries";
import { unitLogoPath } from "@/lib/units/directory/logo";
import { UnitLogoForm } from "@/components/units/self-service/unit-logo-form";
import { UnitProfileForm } from "@/components/units/self-service/unit-profile-form";
import { UnitRegistration } from "@/components/units/self-service/unit-registration";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.selfService.home");
  return { title: t("unitProfileTitle") };
}

/** The unit's public profile as visitors see it on /units/[slug], edited by its secretary. */
async function MyUnitProfilePageContent() {
  const user = await requireSecretary("/my/unit");
  const unit = await getMyUnitProfile(user.unitId);
  if (!unit) notFound();
  const [t, tu] = await Promise.all([
    getTranslations("units.selfService.home"),
    getTranslations("units.directory"),
  ]);
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("unitProfileTitle")}</h1>
        <p className="text-stone-700">{unit.name}</p>
        <p className="text-sm text-stone-600">{t("unitProfileIntro")}</p>
        <Link href={`/units/${unit.slug}`} className="text-sm text-brand-700 underline">
          {t("publicPage")}
        </Link>
      </header>
      <Card aria-labelledby="public-heading" className="space-y-4">
        <h2 id="public-heading" className="text-lg font-semibold">
          {t("publicProfile")}
        </h2>
        <UnitProfileForm
          intro={unit.intro}
          address={unit.address}
          contactName={unit.contactName}
          contactPhone={unit.contactPhone}
          contactPhonePublic={unit.contactPhonePublic}
          latitude={unit.latitude?.toString() ?? ""}
          longitude={unit.longitude?.toString() ?? ""}
          version={unit.updatedAt.toISOString()}
        />
      </Card>
      <UnitRegistration unit={unit} />
      <Card aria-labelledby="logo-heading" className="space-y-4">
        <h2 id="logo-heading" className="text-lg font-semibold">
          {t("logoHeading")}
        </h2>
        <UnitLogoForm
          logoUrl={unit.logo ? unitLogoPath(unit.slug, unit.logo.updatedAt) : null}
          alt={tu("logoAlt", { name: unit.name })}
        />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function MyUnitProfilePage() {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.selfService.profile"]}>
      <MyUnitProfilePageContent />
    </ClientMessages>
  );
}
