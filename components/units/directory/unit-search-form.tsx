import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/units/directory/unit-params";
import { buttonClass } from "@/components/ui/button-link";

/** Search by name or short name; a plain GET form so it works without JavaScript. */
export async function UnitSearchForm({ q }: { q?: string }) {
  const t = await getTranslations("units.directory");
  return (
    <form method="get" action="/units" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <label className="block flex-1 text-sm font-medium text-stone-700 sm:max-w-md">
        {t("searchLabel")}
        <input
          type="search"
          name="q"
          defaultValue={q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("searchPlaceholder")}
          className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 sm:text-sm"
        />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass("primary", "text-sm")}>
          {t("searchSubmit")}
        </button>
        {q ? (
          <Link href="/units" className="text-sm text-brand-700 underline underline-offset-2">
            {t("searchClear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
