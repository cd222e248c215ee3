import { getTranslations } from "next-intl/server";
import type { ActivityChannel, ActivityFormat, ActivityReach } from "@/lib/generated/prisma/enums";

/** The "three forms" of an activity: online/offline, theme/special session, block/chain. */
export async function ActivityForms({
  channel,
  format,
  reach,
}: {
  channel: ActivityChannel;
  format: ActivityFormat;
  reach: ActivityReach;
}) {
  const t = await getTranslations("activities.plan");
  const te = await getTranslations("core.enums");
  const forms = [
    te(`ActivityChannel.${channel}`),
    te(`ActivityFormat.${format}`),
    te(`ActivityReach.${reach}`),
  ];
  return (
    <ul aria-label={t("forms")} className="tags">
      {forms.map((form) => (
        <li key={form}>{form}</li>
      ))}
    </ul>
  );
}
