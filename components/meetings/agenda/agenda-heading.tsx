import { useTranslations } from "next-intl";

type Props = { id: string; itemCount: number; totalMinutes: number };

/** The agenda's heading with its total time (once it has items), on the meeting's and the editor's page. */
export function AgendaHeading({ id, itemCount, totalMinutes }: Props) {
  const t = useTranslations("meetings.agenda");
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {t("sectionHeading")}
      </h2>
      {itemCount > 0 ? <p className="text-sm text-stone-700">{t("total", { count: totalMinutes })}</p> : null}
    </div>
  );
}
