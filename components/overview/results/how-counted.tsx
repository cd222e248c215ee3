import { getTranslations } from "next-intl/server";

/** How each public figure is counted, in words (the rules live in lib/overview/results). */
export async function HowCounted() {
  const t = await getTranslations("overview.results");
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-700">
      <summary className="cursor-pointer font-semibold text-stone-900">{t("howCountedTitle")}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("howCountedHeld")}</li>
        <li>{t("howCountedPeople")}</li>
        <li>{t("howCountedUnits")}</li>
        <li>{t("howCountedVenues")}</li>
      </ul>
    </details>
  );
}
