import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { OrderedTodoEntry } from "@/lib/units/self-service/todo";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const primaryLinkClass = buttonClass();

/** /my first: what needs the secretary now, overdue on top, each with the one link to do it. */
export async function TodoList({ entries }: { entries: OrderedTodoEntry[] }) {
  const [t, te, format] = await Promise.all([
    getTranslations("units.selfService.home.todo"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="todo-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="todo-heading" className="text-xl font-semibold">
          {t("heading")}
        </h2>
        <span className="text-sm text-stone-700">{t("count", { count: entries.length })}</span>
      </div>
      {entries.length === 0 ? (
        <Card as="div" className="space-y-2">
          <p className="text-stone-800">{t("empty")}</p>
          <p className="text-stone-700">{t("emptyNext")}</p>
          <Link href="/plan" className={primaryLinkClass}>
            {t("emptyLink")}
          </Link>
        </Card>
      ) : (
        <ul className="space-y-3">
          {entries.map((entry) => {
            const headingId = `todo-${entry.key}`;
            const values = {
              ...entry.values,
              list: (entry.commitments ?? []).map((c) => te(`Commitment.${c}`)).join("、"),
            };
            return (
              <li key={entry.key}>
                <article
                  aria-labelledby={headingId}
                  data-kind={entry.kind}
                  data-overdue={entry.overdue || undefined}
                  className={`space-y-2 rounded-lg border bg-white p-4 ${
                    entry.overdue ? "border-l-4 border-amber-600" : "border-stone-200"
                  }`}
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-sm font-medium text-stone-700">{t(`${entry.kind}.label`)}</span>
                    <Badge tone={entry.overdue ? "amber" : entry.daysLeft <= 3 ? "brand" : "neutral"}>
                      {entry.overdue
                        ? t("overdue", { days: -entry.daysLeft })
                        : t("dueIn", { days: entry.daysLeft })}
                    </Badge>
                  </div>
                  <h3 id={headingId} className="font-semibold break-words">
                    {entry.subject || t(`${entry.kind}.subject`, values)}
                  </h3>
                  <p className="text-sm break-words text-stone-700">{t(`${entry.kind}.why`, values)}</p>
                  <p className="text-sm text-stone-700">
                    {t("dueOn")}{" "}
                    <time dateTime={entry.due.toISOString()}>
                      {format.dateTime(entry.due, {
                        dateStyle: "medium",
                        ...(entry.timed ? { timeStyle: "short" } : {}),
                      })}
                    </time>
                  </p>
                  <Link href={entry.href} className={primaryLinkClass}>
                    {t(`${entry.kind}.action`)}
                  </Link>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
