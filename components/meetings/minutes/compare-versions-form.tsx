import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-bar";

/** A plain GET form (works without script): pick two versions to compare. */
export async function CompareVersionsForm(props: {
  numbers: number[];
  from: number | null;
  to: number | null;
}) {
  const t = await getTranslations("meetings.minutes.versions");
  const options = props.numbers.map((number) => ({ value: number, label: t("versionLabel", { number }) }));
  return (
    <form method="get" className={cardClass("outlined", "flex flex-wrap items-end gap-3")}>
      <h2 className="w-full text-lg font-bold">{t("compareHeading")}</h2>
      <FilterSelect label={t("from")} name="from" value={props.from} options={options} />
      <FilterSelect label={t("to")} name="to" value={props.to} options={options} />
      <Button type="submit" variant="secondary">
        {t("compare")}
      </Button>
    </form>
  );
}
