import { getTranslations } from "next-intl/server";
import type { MinutesErratumRow } from "@/lib/meetings/minutes/queries";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { MarkdownView } from "./markdown-view";

/** The published text followed by its errata, each with date and author. */
export async function PublishedMinutesView({ body, errata }: { body: string; errata: MinutesErratumRow[] }) {
  const t = await getTranslations("meetings.minutes.errata");
  return (
    <div className="space-y-4">
      <MarkdownView text={body} />
      {errata.length > 0 ? (
        <section
          aria-labelledby="minutes-errata-heading"
          className="rounded border border-amber-300 bg-amber-50 p-3 sm:p-4"
        >
          <h3 id="minutes-errata-heading" className="mb-2 font-bold text-amber-950">
            {t("heading")}
          </h3>
          <ol className="space-y-3">
            {errata.map((erratum) => (
              <li key={erratum.id} className="border-t border-amber-200 pt-2 first:border-t-0 first:pt-0">
                <p className="text-sm text-stone-700">
                  {t("by", { author: erratum.author.name, time: formatBeijingDateTime(erratum.createdAt) })}
                </p>
                <MarkdownView text={erratum.body} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
