import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminUnitFilter } from "@/lib/units/admin/list-params";
import { MAX_QUERY_LENGTH, UNIT_CATEGORY_ORDER } from "@/lib/units/directory/unit-params";
import { buttonClass } from "@/components/ui/button-link";

const control = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base";
const statuses = ["ACTIVE", "SUSPENDED", "WITHDRAWN"] as const;

/** Search and filters as a plain GET form, so results can be linked and work without JavaScript. */
export async function UnitFilterForm({ filter }: { filter: AdminUnitFilter }) {
  const t = await getTranslations("units.admin.list");
  const te = await getTranslations("core.enums");
  const filtered = Boolean(filter.q || filter.status || filter.category);
  return (
    <form
      method="get"
      action="/admin/units"
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <label className="block text-sm font-medium sm:col-span-2">
        {t("search")}
        <input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("searchPlaceholder")}
          className={`${control} placeholder:text-stone-500`}
        />
      </label>
      <label className="block text-sm font-medium">
        {t("status")}
        <select name="status" defaultValue={filter.status ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {te(`UnitStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("category")}
        <select name="category" defaultValue={filter.category ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {UNIT_CATEGORY_ORDER.map((category) => (
            <option key={category} value={category}>
              {te(`UnitCategory.${category}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass()}>
          {t("submit")}
        </button>
        {filtered ? (
          <Link href="/admin/units" className="text-sm text-brand-700 underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
