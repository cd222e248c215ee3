"use client";

import { useTranslations } from "next-intl";
import { removeNeedPhoto, uploadNeedPhoto } from "@/lib/pairing/needs/actions";
import { PhotoGallery } from "@/components/core/forms/photo-gallery";

type Props = { needId: number; photos: Array<{ id: number; caption: string }>; canUpload: boolean };

/** A need's photos, served by its public photo route; one upload per request. */
export function NeedPhotosPanel({ needId, photos, canUpload }: Props) {
  const t = useTranslations("pairing.needs.admin");
  return (
    <PhotoGallery
      owner={{ name: "needId", id: needId }}
      srcBase={`/needs/${needId}/photos`}
      photos={photos}
      upload={uploadNeedPhoto}
      remove={removeNeedPhoto}
      canUpload={canUpload}
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
