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
    <ul aria-label={t("forms")} className="flex flex-wrap gap-1.5">
      {forms.map((form) => (
        <li key={form} className="rounded border border-stone-300 px-1.5 py-0.5 text-xs text-stone-700">
          {form}
        </li>
      ))}
    </ul>
  );
}
