import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A data table that scrolls sideways inside its own box on a narrow screen (the page never
 * does); a min-width in `className` (e.g. "min-w-[20rem]") keeps its columns readable.
 */
export function Table({
  caption,
  className = "",
  children,
  ...props
}: HTMLAttributes<HTMLTableElement> & { caption?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table {...props} className={`w-full text-left text-sm ${className}`.trim()}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

/** The header row: a rule under the column names. */
export function HeadRow({ children }: { children: ReactNode }) {
  return <tr className="border-b border-stone-300">{children}</tr>;
}

/** A body row: a faint rule between rows. */
export function BodyRow({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <tr className={`border-b border-stone-100 ${className}`.trim()}>{children}</tr>;
}

/** Right-aligned figures whose digits line up from row to row. */
const numericClass = "text-right tabular-nums";

type CellLook = { numeric?: boolean };

function cellClass(...parts: (string | false | undefined)[]): string {
  return ["py-2 pr-3", ...parts].filter(Boolean).join(" ");
}

/** A column's name (scope "col") or a row's name (scope "row", medium weight). */
export function Th({
  scope = "col",
  numeric,
  className = "",
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & CellLook) {
  const weight = scope === "row" && !/\bfont-/.test(className) ? "font-medium" : "";
  return <th scope={scope} {...props} className={cellClass(weight, numeric && numericClass, className)} />;
}

/** A cell; `numeric` for a count or a rate. */
export function Td({ numeric, className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement> & CellLook) {
  return <td {...props} className={cellClass(numeric && numericClass, className)} />;
}
