"use client";

import { useTranslations } from "next-intl";
import { removeVenuePhoto, uploadVenuePhoto } from "@/lib/venues/manage/actions";
import { PhotoGallery } from "@/components/core/forms/photo-gallery";

/** Venue photos, served by the public photo route; one upload per request. */
export function PhotosPanel({
  venueId,
  photos,
}: {
  venueId: number;
  photos: Array<{ id: number; caption: string }>;
}) {
  const t = useTranslations("venues.manage");
  return (
    <PhotoGallery
      owner={{ name: "venueId", id: venueId }}
      srcBase={`/venues/${venueId}/photos`}
      photos={photos}
      upload={uploadVenuePhoto}
      remove={removeVenuePhoto}
      labels={{
        noPhotos: t("noPhotos"),
        remove: t("remove"),
        photo: t("fields.photo"),
        caption: t("fields.caption"),
        upload: t("upload"),
      }}
    />
  );
}
