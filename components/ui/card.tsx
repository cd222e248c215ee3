import type { HTMLAttributes } from "react";

export type CardVariant = "raised" | "outlined";

// Component classes in app/globals.css (cards repeat on every row of long lists).
const variants: Record<CardVariant, string> = {
  raised: "card-raised",
  outlined: "card-outlined",
};

/** The classes of a white panel: `raised` (a soft shadow) or `outlined` (a thin border). */
export function cardClass(variant: CardVariant = "raised", extra = ""): string {
  return `${variants[variant]} ${extra}`.trim();
}

/** A white panel around a section, a list item or a form. */
export function Card({
  as: Tag = "section",
  variant = "raised",
  className = "",
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "section" | "div" | "li" | "article"; variant?: CardVariant }) {
  return <Tag {...props} className={cardClass(variant, className)} />;
}
