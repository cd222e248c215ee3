"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { usePathname } from "@/lib/core/i18n/navigation";
import { currentHref, type NavLink } from "./current-href";

export type { NavLink };

export function useCurrentHref(links: NavLink[]): string | undefined {
  return currentHref(links, usePathname());
}

/** The unread count beside a label; the number is visual, the words are for screen readers. */
export function CountBadge({ count, label }: { count: number; label: string }) {
  return (
    <span className="ml-1.5 rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/**
 * A list of navigation links, the current one marked for screen readers (aria-current) and
 * visibly by `linkClassName`'s aria-[current=page] rules (app/globals.css). Labels never break inside a word;
 * the list wraps between items.
 */
export function NavLinks({
  links,
  className,
  linkClassName,
}: {
  links: NavLink[];
  className: string;
  linkClassName: string;
}) {
  const current = useCurrentHref(links);
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href} className="min-w-0">
          <Link
            href={link.href}
            aria-current={link.href === current ? "page" : undefined}
            className={`nav-item ${linkClassName}`}
          >
            {link.label}
            {link.badge ? (
              <CountBadge count={link.badge} label={link.badgeLabel ?? String(link.badge)} />
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
