import { getTranslations } from "next-intl/server";
import type { Agenda } from "@/lib/meetings/agenda/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { PrintSection, PrintTable } from "./print-table";

export async function PrintAgenda({ agenda }: { agenda: Agenda }) {
  const t = await getTranslations("meetings.print");
  return (
    <PrintSection id="print-agenda" title={t("agenda")}>
      {agenda.items.length === 0 ? (
        <p>{t("noAgenda")}</p>
      ) : (
        <PrintTable
          caption={t("agenda")}
          head={[t("number"), t("item"), t("presenter"), t("minutes")]}
          rows={[
            ...agenda.items.map((item, index) => [
              index + 1,
              <>
                {item.title}
                {item.attachments.length > 0 ? (
                  <span className="block text-xs text-stone-600">
                    {t("attachments", { names: item.attachments.map((a) => a.fileName).join("、") })}
                  </span>
                ) : null}
              </>,
              item.presenterUnit?.name ?? "—",
              item.durationMinutes,
            ]),
            ["", <strong key="total">{t("total")}</strong>, "", agenda.totalMinutes],
          ]}
        />
      )}
      {agenda.amendments.length > 0 ? (
        <ul className="list-disc pl-6 text-sm">
          {agenda.amendments.map((amendment) => (
            <li key={amendment.id}>
              {t("amendment", {
                time: formatBeijingDateTime(amendment.createdAt),
                who: amendment.actor?.name ?? "—",
                note: amendment.note,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </PrintSection>
  );
}
