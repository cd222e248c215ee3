import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "danger-outline" | "link";
/** `md`: at least 44 px tall (a thumb's width, WCAG 2.5.5); `sm`: at least 24 px (WCAG 2.5.8). */
export type ButtonSize = "md" | "sm";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
  danger: "bg-red-800 text-white hover:bg-red-900",
  "danger-outline": "border border-red-800 bg-white text-red-800 hover:bg-red-50",
  link: "text-brand-700 underline underline-offset-2 hover:text-brand-800",
};

const boxes: Record<ButtonSize, string> = {
  md: "min-h-11 rounded px-4 py-2 font-medium",
  sm: "min-h-6 rounded px-3 py-1 text-sm",
};
const linkSizes: Record<ButtonSize, string> = { md: "min-h-11", sm: "min-h-6 text-sm" };

/**
 * The classes of an action, for <button> and for links that look like one; the label stays on
 * one line where it fits. The link-like variant has no box, only the height of its target.
 */
export function buttonClass(variant: ButtonVariant = "primary", extra = "", size: ButtonSize = "md"): string {
  const box = variant === "link" ? linkSizes[size] : boxes[size];
  return `inline-flex items-center justify-center text-center break-keep disabled:opacity-60 ${box} ${variants[variant]} ${extra}`.trim();
}

/** A <button> (type "button" unless told otherwise); `pending` disables it while its work runs. */
export function Button({
  variant = "primary",
  size = "md",
  pending,
  className = "",
  type = "button",
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
}) {
  return (
    <button
      {...props}
      type={type}
      disabled={disabled || pending}
      aria-disabled={pending || undefined}
      className={buttonClass(variant, className, size)}
    />
  );
}
