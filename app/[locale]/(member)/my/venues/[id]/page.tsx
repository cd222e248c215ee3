import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { venueFormValues } from "@/lib/venues/manage/form-values";
import { getUnitVenue } from "@/lib/venues/manage/queries";
import { ClosedDatesPanel } from "@/components/venues/manage/closed-dates-panel";
import { PhotosPanel } from "@/components/venues/manage/photos-panel";
import { VenueForm } from "@/components/venues/manage/venue-form";
import { mapTiles } from "@/lib/venues/map/tiles";
import { VisibilityForm } from "@/components/venues/manage/visibility-form";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("venues.manage");
  return { title: t("editTitle") };
}

/** Edits one of the unit's venues; another unit's venue is not found here. */
async function EditVenuePageContent({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requireSecretary(`/my/venues/${encodeURIComponent(raw)}`);
  const parsed = idField.safeParse(raw);
  if (!parsed.success || !/^\d+$/.test(raw)) notFound();
  const venue = await getUnitVenue(user.unitId, parsed.data);
  if (!venue) notFound();
  const t = await getTranslations("venues.manage");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <Link href="/my/venues" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold">{venue.name}</h1>
        <p className="text-sm text-stone-600">{venue.active ? t("activeBadge") : t("hiddenBadge")}</p>
      </header>
      <Card aria-labelledby="edit-heading" className="space-y-4">
        <h2 id="edit-heading" className="text-lg font-semibold">
          {t("editTitle")}
        </h2>
        <VenueForm
          tiles={mapTiles()}
          venue={{ id: venue.id, version: venue.version }}
          defaults={venueFormValues(venue)}
        />
      </Card>
      <Card aria-labelledby="closed-heading" className="space-y-4">
        <h2 id="closed-heading" className="text-lg font-semibold">
          {t("closedDates")}
        </h2>
        <ClosedDatesPanel
          venueId={venue.id}
          dates={venue.closedDates.map((row) => ({
            date: row.date.toISOString().slice(0, 10),
            reason: row.reason,
          }))}
        />
      </Card>
      <Card aria-labelledby="photos-heading" className="space-y-4">
        <h2 id="photos-heading" className="text-lg font-semibold">
          {t("photos")}
        </h2>
        <PhotosPanel venueId={venue.id} photos={venue.photos} />
      </Card>
      <Card aria-labelledby="visibility-heading" className="space-y-4">
        <h2 id="visibility-heading" className="text-lg font-semibold">
          {t("visibility")}
        </h2>
        <VisibilityForm venueId={venue.id} active={venue.active} />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function EditVenuePage(props: Parameters<typeof EditVenuePageContent>[0]) {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "venues.manage"]}>
      <EditVenuePageContent {...props} />
    </ClientMessages>
  );
}
