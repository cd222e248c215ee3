import { useLocale } from "next-intl";
import { Link } from "@/lib/core/i18n/navigation";
import { localizePath } from "@/lib/core/i18n/locale-route";
import type { Locale } from "@/lib/core/i18n/config";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { cardClass } from "./card";
import { Select } from "./control";

/** One filter of a FilterBar: the label wraps its control, so the control is named by it. */
export function FilterField({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label className={`block text-sm font-medium ${className}`.trim()}>
      {label}
      {children}
    </label>
  );
}

export type FilterOption = { value: string | number; label: string };

/**
 * A labelled select of a FilterBar: first the choice that filters nothing (`any`, value ""), then
 * `options`, then any `children` (e.g. option groups). `value` is the current filter, if any.
 */
export function FilterSelect({
  label,
  name,
  value,
  any,
  options = [],
  className,
  children,
}: {
  label: string;
  name: string;
  value?: string | number | null;
  any?: string;
  options?: readonly FilterOption[];
  className?: string;
  children?: ReactNode;
}) {
  return (
    <FilterField label={label} className={className}>
      <Select name={name} defaultValue={value === undefined || value === null ? "" : String(value)}>
        {any === undefined ? null : <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </Select>
    </FilterField>
  );
}

/**
 * A list's search and filters as a plain GET form (a search landmark): it works without
 * JavaScript and every result is a URL to share. The filters sit in a grid whose columns the
 * caller gives (`columns`), or in one row from `sm` up (`inline`); then the submit button and,
 * when something is filtered, the link that clears it.
 */
export function FilterBar({
  action,
  submitLabel,
  clear,
  heading,
  card = false,
  inline = false,
  columns = "",
  note,
  children,
}: {
  action: string;
  submitLabel: string;
  /** The unfiltered list; leave it out to show no clear link (nothing is filtered). */
  clear?: { href: string; label: string };
  /** A visible heading that names the form. */
  heading?: { id: string; text: string };
  /** Sits on a white card of its own. */
  card?: boolean;
  inline?: boolean;
  columns?: string;
  /** A hint under the filters. */
  note?: ReactNode;
  children: ReactNode;
}) {
  // A GET form's action is a plain address: in English it must carry the /en prefix itself.
  const locale = useLocale() as Locale;
  const actions = (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" className={buttonClass()}>
        {submitLabel}
      </button>
      {clear ? (
        <Link href={clear.href} className="text-sm text-brand-700 underline underline-offset-2">
          {clear.label}
        </Link>
      ) : null}
    </div>
  );
  return (
    <form
      method="get"
      action={localizePath(action, locale)}
      role="search"
      aria-labelledby={heading?.id}
      className={card ? cardClass() : undefined}
    >
      {heading ? (
        <h2
          id={heading.id}
          className={card ? "mb-3 text-lg font-semibold" : "mb-2 text-sm font-semibold text-stone-700"}
        >
          {heading.text}
        </h2>
      ) : null}
      {inline ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          {children}
          {actions}
        </div>
      ) : (
        <>
          <div className={`grid gap-3 ${columns}`.trim()}>{children}</div>
          {note}
          <div className="mt-3">{actions}</div>
        </>
      )}
    </form>
  );
}
