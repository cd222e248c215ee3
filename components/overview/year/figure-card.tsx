import { Link } from "@/lib/core/i18n/navigation";
import type { Figure } from "@/lib/overview/year/queries";
import { cardClass } from "@/components/ui/card";

/**
 * One figure of the admin overview as a link to the records behind it: the whole card is the
 * target (44 px and more), and its name reads "label number detail" to a screen reader.
 */
export function FigureCard({
  label,
  figure,
  shown,
  detail,
}: {
  label: string;
  figure: Figure;
  /** The number as shown (formatted, or a percentage); the figure's value otherwise. */
  shown?: string;
  detail?: string;
}) {
  return (
    <li>
      <Link
        href={figure.href}
        data-figure={"count" in figure ? String(figure.count) : String(figure.value)}
        className={cardClass(
          "raised",
          "flex h-full min-h-11 flex-col gap-1 text-stone-900 hover:ring-2 hover:ring-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700",
        )}
      >
        <span className="text-sm text-stone-600">{label}</span>
        <span className="text-2xl font-bold text-brand-800 underline decoration-brand-100 underline-offset-4 tabular-nums">
          {shown ?? figure.value}
        </span>
        {detail ? <span className="text-xs text-stone-600">{detail}</span> : null}
      </Link>
    </li>
  );
}

/** A section of figures: a heading and a grid of cards (two across on a phone). */
export function FigureSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-lg font-semibold">
        {heading}
      </h3>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">{children}</ul>
    </section>
  );
}
