import { Link } from "@/lib/core/i18n/navigation";
import type { PresentedEntry } from "@/lib/core/audit/present";
import { Badge } from "@/components/ui/badge";
import { AuditChanges, type AuditText } from "./audit-changes";
import { Parts } from "./shown-value";

// Links sit side by side in the entry's header and in table cells: 24 px tall targets (WCAG 2.5.8).
const linkClass = "inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2";
const summaryClass = "inline-flex min-h-6 cursor-pointer items-center text-brand-700 underline";

function RawJson({ label, value, none }: { label: string; value: unknown; none: string }) {
  return (
    <div className="min-w-0">
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd>
        <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-stone-50 p-2">
          {value === null || value === undefined ? none : JSON.stringify(value, null, 2)}
        </pre>
      </dd>
    </div>
  );
}

function Entry({ entry, t }: { entry: PresentedEntry; t: AuditText }) {
  const headingId = `audit-entry-${entry.id}`;
  return (
    <article aria-labelledby={headingId} className="min-w-0 space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <header className="space-y-1">
        <h3 id={headingId} className="flex flex-wrap items-baseline gap-x-2 font-semibold">
          <span>{entry.actionName}</span>
          <span className="text-sm font-normal text-stone-600">{entry.kindName}</span>
          <span className="break-words font-normal">
            <Parts parts={entry.record.parts} />
          </span>
          {entry.record.gone ? <Badge tone="amber">{t("goneNote")}</Badge> : null}
        </h3>
        {entry.record.gone && entry.record.rememberedName ? (
          <p className="text-sm text-stone-700">
            {t("rememberedName", { name: entry.record.rememberedName })}
          </p>
        ) : null}
        <p className="flex flex-wrap items-center gap-x-3 text-sm text-stone-600">
          <time dateTime={entry.createdAt.toISOString()}>{entry.time}</time>
          {entry.actor ? (
            <Link href={`/admin/users/${entry.actor.id}`} className={linkClass}>
              {t("actorOption", { name: entry.actor.name, login: entry.actor.login })}
            </Link>
          ) : (
            <span>{t("system")}</span>
          )}
          {entry.unit ? (
            <span>
              <Parts parts={[entry.unit]} />
            </span>
          ) : null}
        </p>
      </header>
      <AuditChanges entry={entry} t={t} />
      <details className="text-xs">
        <summary className={summaryClass}>{t("raw")}</summary>
        <dl className="mt-2 grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="font-medium text-stone-600">{t("rawAction")}</dt>
            <dd className="font-mono">{entry.actionCode}</dd>
          </div>
          <div>
            <dt className="font-medium text-stone-600">{t("rawRecord")}</dt>
            <dd className="font-mono break-all">
              {entry.kind} #{entry.entityId}
            </dd>
          </div>
          <RawJson label={t("rawBefore")} value={entry.before} none={t("rawNone")} />
          <RawJson label={t("rawAfter")} value={entry.after} none={t("rawNone")} />
        </dl>
      </details>
    </article>
  );
}

/** Audit entries, newest first, each read as a sentence with its changes below. */
export function AuditEntryList({ entries, t }: { entries: PresentedEntry[]; t: AuditText }) {
  return (
    <section aria-labelledby="audit-entries-heading" className="space-y-3">
      <h2 id="audit-entries-heading" className="sr-only">
        {t("entries")}
      </h2>
      <ol className="space-y-3">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Entry entry={entry} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}
