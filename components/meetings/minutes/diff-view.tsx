import { useTranslations } from "next-intl";
import { foldUnchanged, type DiffRow, type InlinePart, type MinutesDiff } from "@/lib/meetings/minutes/diff";

// Colour is never the only cue: every changed line carries a +/− marker and a hidden label, and
// changed words inside it are underlined (added) or struck through (removed).
const rowStyles = {
  same: "bg-white text-stone-800",
  added: "bg-emerald-50 text-emerald-950",
  removed: "bg-red-50 text-red-950",
} as const;

function Parts({ parts, fallback }: { parts?: InlinePart[]; fallback: string }) {
  if (!parts) return <>{fallback || "\u00a0"}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.change === "added" ? (
          <ins key={index} className="bg-emerald-200 underline decoration-2 underline-offset-2">
            {part.text}
          </ins>
        ) : part.change === "removed" ? (
          <del key={index} className="bg-red-200 line-through decoration-2">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

function Row({ row }: { row: DiffRow }) {
  const t = useTranslations("meetings.minutes.diff");
  if (row.kind === "skipped") {
    return (
      <li className="bg-stone-100 px-3 py-1 text-center text-sm text-stone-600">
        {t("skipped", { count: row.count })}
      </li>
    );
  }
  const marker = row.kind === "added" ? "+" : row.kind === "removed" ? "−" : " ";
  const label = row.kind === "added" ? t("added") : row.kind === "removed" ? t("removed") : t("unchanged");
  return (
    <li className={`flex gap-2 px-2 py-0.5 ${rowStyles[row.kind]}`}>
      <span aria-hidden="true" className="w-4 shrink-0 select-none text-center font-bold">
        {marker}
      </span>
      <span className="sr-only">{label}: </span>
      <span className="min-w-0 flex-1 whitespace-pre-wrap break-words">
        <Parts parts={row.kind === "same" ? undefined : row.parts} fallback={row.text} />
      </span>
    </li>
  );
}

/** A readable line diff of two texts, with the changed words marked inside changed lines. */
export function DiffView({ diff, labelledBy }: { diff: MinutesDiff; labelledBy?: string }) {
  const t = useTranslations("meetings.minutes.diff");
  if (diff.added === 0 && diff.removed === 0) return <p className="text-sm text-stone-700">{t("none")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-700">
        {t("summary", { added: diff.added, removed: diff.removed })}
        <span className="sr-only"> · {t("caption")}</span>
      </p>
      <ol
        aria-labelledby={labelledBy}
        className="max-h-[32rem] overflow-auto rounded border border-stone-300 font-mono text-sm leading-6"
      >
        {foldUnchanged(diff.rows).map((row, index) => (
          <Row key={index} row={row} />
        ))}
      </ol>
    </div>
  );
}
