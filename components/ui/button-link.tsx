import Link from "next/link";
import type { ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

/**
 * The classes of an action button, for <button> and for links that look like one: at least
 * 44 px tall (a thumb's width, WCAG 2.5.5), label kept on one line where it fits.
 */
export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex min-h-11 items-center justify-center rounded px-4 py-2 text-center font-medium break-keep disabled:opacity-60 ${variants[variant]} ${extra}`.trim();
}

/** A link styled as an action button (e.g. "Add a booking"). */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={buttonClass(variant, className)} />;
}
