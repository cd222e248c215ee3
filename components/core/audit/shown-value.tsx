import { Fragment } from "react";
import { Link } from "@/lib/core/i18n/navigation";
import type { Shown, ShownPart } from "@/lib/core/audit/format-value";

// Links sit side by side in the entry's header and in table cells: 24 px tall targets (WCAG 2.5.8).
const linkClass = "inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2";

/** Record titles, each a link to its admin page when it has one, separated as in the text. */
export function Parts({ parts }: { parts: ShownPart[] }) {
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? "、" : null}
      {part.href ? (
        <Link href={part.href} className={linkClass}>
          {part.text}
        </Link>
      ) : (
        part.text
      )}
    </Fragment>
  ));
}

/** One side of a change: the shortened value, and the whole text folded below when it was cut. */
export function ShownValue({ shown, fullLabel }: { shown: Shown; fullLabel: string }) {
  return (
    <>
      <span className={shown.missing ? "text-stone-500" : "break-words"}>
        <Parts parts={shown.parts} />
      </span>
      {shown.full !== undefined ? (
        <details className="mt-1 text-xs">
          <summary className="inline-flex min-h-6 cursor-pointer items-center text-brand-700 underline">
            {fullLabel}
          </summary>
          <p className="mt-1 whitespace-pre-wrap break-words">{shown.full}</p>
        </details>
      ) : null}
    </>
  );
}
