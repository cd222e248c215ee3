import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AuditFilters } from "@/lib/core/audit/filters";
import { buttonClass } from "@/components/ui/button-link";

type Options = {
  users: Array<{ id: number; name: string; login: string }>;
  units: Array<{ id: number; name: string }>;
  actions: string[];
};

const control = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base";

/** Entity prefixes ("unit.") of the actions present, to filter a whole kind of change. */
function actionPrefixes(actions: string[]): string[] {
  return [...new Set(actions.filter((a) => a.includes(".")).map((a) => `${a.split(".")[0]}.`))].sort();
}

/** A plain GET form: works without JavaScript, and the URL can be bookmarked or shared. */
export async function AuditFilterForm({ filters, options }: { filters: AuditFilters; options: Options }) {
  const t = await getTranslations("core.audit");
  return (
    <form
      method="get"
      action="/admin/audit"
      className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
    >
      <h2 className="text-lg font-semibold sm:col-span-2 lg:col-span-3">{t("filtersTitle")}</h2>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium">
          {t("actor")}
        </label>
        <select id="audit-actor" name="actor" defaultValue={filters.actorId ?? ""} className={control}>
          <option value="">{t("allActors")}</option>
          {options.users.map((user) => (
            <option key={user.id} value={user.id}>
              {t("actorOption", { name: user.name, login: user.login })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-unit" className="block text-sm font-medium">
          {t("unit")}
        </label>
        <select id="audit-unit" name="unit" defaultValue={filters.unitId ?? ""} className={control}>
          <option value="">{t("allUnits")}</option>
          {options.units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">
          {t("action")}
        </label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={control}>
          <option value="">{t("allActions")}</option>
          <optgroup label={t("actionGroups")}>
            {actionPrefixes(options.actions).map((prefix) => (
              <option key={prefix} value={prefix}>
                {t("actionGroup", { prefix })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("exactActions")}>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          {t("from")}
        </label>
        <input
          id="audit-from"
          type="date"
          name="from"
          defaultValue={filters.from}
          aria-describedby="audit-date-hint"
          className={control}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          {t("to")}
        </label>
        <input
          id="audit-to"
          type="date"
          name="to"
          defaultValue={filters.to}
          aria-describedby="audit-date-hint"
          className={control}
        />
      </div>
      <p id="audit-date-hint" className="self-end text-sm text-stone-600">
        {t("dateHint")}
      </p>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClass()}>
          {t("submit")}
        </button>
        <Link href="/admin/audit" className="text-brand-700 underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
