import { getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";

/** A plain GET form (works without script): pick two versions to compare. */
export async function CompareVersionsForm(props: {
  numbers: number[];
  from: number | null;
  to: number | null;
}) {
  const t = await getTranslations("meetings.minutes.versions");
  const select = "mt-1 block rounded border border-stone-400 bg-white px-3 py-2 text-base";
  const options = props.numbers.map((number) => (
    <option key={number} value={number}>
      {t("versionLabel", { number })}
    </option>
  ));
  return (
    <form method="get" className={cardClass("outlined", "flex flex-wrap items-end gap-3")}>
      <h2 className="w-full text-lg font-bold">{t("compareHeading")}</h2>
      <label className="text-sm font-medium">
        {t("from")}
        <select name="from" defaultValue={props.from ?? undefined} className={select}>
          {options}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("to")}
        <select name="to" defaultValue={props.to ?? undefined} className={select}>
          {options}
        </select>
      </label>
      <button
        type="submit"
        className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100"
      >
        {t("compare")}
      </button>
    </form>
  );
}
