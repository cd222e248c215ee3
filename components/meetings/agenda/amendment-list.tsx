import { useTranslations } from "next-intl";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";

/** Why the agenda changed after the meeting started: note, who and when (Beijing time). */
type Amendment = {
  id: number;
  note: string;
  createdAt: Date | string;
  actor: { name: string } | string | null;
};

// Not async (hooks): rendered on the server, and in the browser by the meeting page's island.
export function AmendmentList({ amendments }: { amendments: readonly Amendment[] }) {
  const t = useTranslations("meetings.agenda.amendments");
  if (amendments.length === 0) return null;
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
                name: actorName(amendment.actor) ?? t("unknownActor"),
                time: formatBeijingDateTime(new Date(amendment.createdAt)),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function actorName(actor: Amendment["actor"]): string | null {
  return typeof actor === "string" ? actor : (actor?.name ?? null);
}
