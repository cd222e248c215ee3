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

/** A column's name (scope "col") or a row's name (scope "row", medium weight). */
export function Th({ scope = "col", className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  const weight = scope === "row" && !/\bfont-/.test(className) ? "font-medium" : "";
  return <th scope={scope} {...props} className={`py-2 pr-3 ${weight} ${className}`.trim()} />;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td {...props} className={`py-2 pr-3 ${className}`.trim()} />;
}
