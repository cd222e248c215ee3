import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminUnit } from "@/lib/units/admin/queries";

/** The unit's status changes, newest first: who, when, from when, why. */
export async function UnitHistory({ changes }: { changes: AdminUnit["statusChanges"] }) {
  const [t, te, format] = await Promise.all([
    getTranslations("units.admin.detail"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);
  if (changes.length === 0) return <p className="text-stone-600">{t("noHistory")}</p>;
  return (
    <ol className="space-y-3">
      {changes.map((change) => (
        <li key={change.id} className="rounded-lg border border-stone-200 bg-white p-3">
          <p className="font-medium">
            {t("historyChange", {
              from: te(`UnitStatus.${change.fromStatus}`),
              to: te(`UnitStatus.${change.toStatus}`),
            })}
          </p>
          <p className="text-sm text-stone-700">
            {t("effectiveOn", {
              date: format.dateTime(change.effectiveOn, { dateStyle: "long", timeZone: "UTC" }),
            })}
          </p>
          <p className="mt-1 whitespace-pre-line break-words">
            <span className="text-stone-600">{t("reason")}</span>
            {change.reason}
          </p>
          <p className="mt-1 text-sm text-stone-600">
            {t("recordedBy", {
              name: change.actor?.name ?? t("unknownActor"),
              time: format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
