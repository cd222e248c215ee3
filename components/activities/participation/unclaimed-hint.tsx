"use client";

import { useTranslations } from "next-intl";
import { useActivityViewer } from "./activity-viewer";

/** The details' "secretaries can claim after signing in": for visitors, and only while true. */
export function UnclaimedHint({ activityId }: { activityId: number }) {
  const t = useTranslations("activities.detail");
  const { viewer } = useActivityViewer(activityId);
  if (!viewer || viewer.signedIn || !viewer.mayClaim) return null;
  return <span className="mt-1 block text-sm text-stone-600">{t("unclaimedHint")}</span>;
}
