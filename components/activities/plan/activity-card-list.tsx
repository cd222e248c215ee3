"use client";

import { Link } from "@/lib/core/i18n/navigation";
import type { BadgeTone } from "@/components/ui/badge";

/** One card of the activity list, already translated and formatted on the server. */
export type ActivityCardRow = {
  id: number;
  title: string;
  status: { tone: BadgeTone; label: string };
  when: { dateTime: string; text: string };
  type: string;
  commitment: string;
  /** The lead unit; `slug` null once the unit has withdrawn (no page to link to). */
  lead: { slug: string | null; name: string } | null;
  live: string | null;
  forms: string[];
};

export type ActivityCardLabels = Record<"plannedWhen" | "type" | "commitment" | "leadUnit" | "forms", string>;

/**
 * The activity cards of a list (/plan's months, the home page's month). A client component only
 * so that the page's React payload carries each row's few strings instead of its whole element
 * tree: the public list pages stay within their HTML budget (issue 14). No state, no effects.
 */
export function ActivityCardList({ labels, rows }: { labels: ActivityCardLabels; rows: ActivityCardRow[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map((row) => (
        <li key={row.id}>
          <article className="card-outlined list-card">
            <div className="card-head">
              <h3>
                <Link href={`/activities/${row.id}`} className="title-link">
                  {row.title}
                </Link>
              </h3>
              <span className={`badge badge-${row.status.tone}`}>{row.status.label}</span>
            </div>
            <dl className="facts">
              <dt>{labels.plannedWhen}</dt>
              <dd>
                <time dateTime={row.when.dateTime}>{row.when.text}</time>
              </dd>
              <dt>{labels.type}</dt>
              <dd>{row.type}</dd>
              <dt>{labels.commitment}</dt>
              <dd>{row.commitment}</dd>
              {/* An unclaimed activity has no lead-unit row: its "unclaimed" badge already says so. */}
              {row.lead === null ? null : (
                <>
                  <dt>{labels.leadUnit}</dt>
                  <dd>
                    {row.lead.slug === null ? (
                      <span>{row.lead.name}</span>
                    ) : (
                      <Link href={`/units/${row.lead.slug}`} className="text-link">
                        {row.lead.name}
                      </Link>
                    )}
                  </dd>
                </>
              )}
            </dl>
            {row.live === null ? null : <p className="text-sm text-stone-700">{row.live}</p>}
            <div className="mt-auto">
              <ul aria-label={labels.forms} className="tags">
                {row.forms.map((form) => (
                  <li key={form}>{form}</li>
                ))}
              </ul>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
