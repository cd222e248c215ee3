import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links from the lead's activity page to check-in and to running/reporting the activity. */
export async function RunLinks({ activityId }: { activityId: number }) {
  const t = await getTranslations("reports");
  return (
    <nav aria-label={t("runNav")} className="flex flex-wrap gap-4">
      <Link
        href={`/my/activities/${activityId}/checkin`}
        className="text-brand-700 underline underline-offset-2"
      >
        {t("checkinTitle")}
      </Link>
      <Link
        href={`/my/activities/${activityId}/report`}
        className="text-brand-700 underline underline-offset-2"
      >
        {t("runTitle")}
      </Link>
    </nav>
  );
}
