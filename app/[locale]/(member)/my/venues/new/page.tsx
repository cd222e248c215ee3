import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { newVenueValues } from "@/lib/venues/manage/form-values";
import { VenueForm } from "@/components/venues/manage/venue-form";
import { mapTiles } from "@/lib/venues/map/tiles";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.manage");
  return { title: t("newTitle") };
}

async function NewVenuePageContent() {
  await requireSecretary("/my/venues/new");
  const t = await getTranslations("venues.manage");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <Link href="/my/venues" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      </header>
      <Card as="div">
        <VenueForm tiles={mapTiles()} defaults={newVenueValues} />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function NewVenuePage() {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "venues.manage"]}>
      <NewVenuePageContent />
    </ClientMessages>
  );
}
