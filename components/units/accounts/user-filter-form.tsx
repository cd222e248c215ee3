import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UserListFilter } from "@/lib/units/accounts/list-params";
import type { UnitOption } from "@/lib/units/accounts/queries";
import { MAX_QUERY_LENGTH } from "@/lib/units/directory/unit-params";
import { buttonClass } from "@/components/ui/button-link";

const control = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base";

/** Search and filters as a plain GET form, so results can be linked and work without JavaScript. */
export async function UserFilterForm({ filter, units }: { filter: UserListFilter; units: UnitOption[] }) {
  const t = await getTranslations("units.accounts.filter");
  const tu = await getTranslations("units.accounts");
  const filtered = Boolean(filter.q || filter.role || filter.unitId || filter.active !== undefined);
  return (
    <form method="get" action="/admin/users" role="search" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <label className="col-span-2 block text-sm font-medium lg:col-span-4">
        {t("search")}
        <input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          className={control}
        />
      </label>
      <label className="block text-sm font-medium">
        {t("role")}
        <select name="role" defaultValue={filter.role ?? ""} className={control}>
          <option value="">{t("all")}</option>
          <option value="ADMIN">{tu("role.ADMIN")}</option>
          <option value="SECRETARY">{tu("role.SECRETARY")}</option>
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("status")}
        <select
          name="active"
          defaultValue={filter.active === undefined ? "" : filter.active ? "yes" : "no"}
          className={control}
        >
          <option value="">{t("all")}</option>
          <option value="yes">{tu("status.active")}</option>
          <option value="no">{tu("status.inactive")}</option>
        </select>
      </label>
      <label className="col-span-2 block text-sm font-medium">
        {t("unit")}
        <select name="unit" defaultValue={filter.unitId ? String(filter.unitId) : ""} className={control}>
          <option value="">{t("allUnits")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
      <div className="col-span-2 flex items-center gap-3 lg:col-span-4">
        <button type="submit" className={buttonClass()}>
          {t("submit")}
        </button>
        {filtered ? (
          <Link href="/admin/users" className="text-sm text-brand-700 underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
