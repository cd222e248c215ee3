import { useTranslations } from "next-intl";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { MarkdownView } from "./markdown-view";

/** The published text followed by its errata, each with date and author. */
type Erratum = { id: number; body: string; createdAt: Date | string; author: { name: string } };

// Not async (hooks): rendered on the server, and in the browser by the meeting page's island.
export function PublishedMinutesView({ body, errata }: { body: string; errata: readonly Erratum[] }) {
  const t = useTranslations("meetings.minutes.errata");
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
                  {t("by", {
                    author: erratum.author.name,
                    time: formatBeijingDateTime(new Date(erratum.createdAt)),
                  })}
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
