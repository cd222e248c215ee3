import { getTranslations } from "next-intl/server";
import type { Agenda } from "@/lib/meetings/agenda/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";

/** Why the agenda changed after the meeting started: note, who and when (Beijing time). */
export async function AmendmentList({ amendments }: { amendments: Agenda["amendments"] }) {
  if (amendments.length === 0) return null;
  const t = await getTranslations("meetings.agenda.amendments");
  return (
    <section aria-labelledby="agenda-amendments-heading" className="space-y-2">
      <h3 id="agenda-amendments-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <ul className="space-y-2">
        {amendments.map((amendment) => (
          <li key={amendment.id} className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">
            <p className="whitespace-pre-line text-stone-900">{amendment.note}</p>
            <p className="mt-1 text-stone-600">
              {t("entry", {
                name: amendment.actor?.name ?? t("unknownActor"),
                time: formatBeijingDateTime(amendment.createdAt),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
