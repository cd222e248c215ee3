"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type SubNavLink = {
  href: string;
  label: string;
  /** Only this exact path, not its children. */ exact?: boolean;
};

/**
 * A section's own navigation under the site header. On phones it scrolls sideways instead of
 * wrapping; the current page is marked for screen readers (aria-current) and visibly.
 */
export function SubNav({ label, links }: { label: string; links: SubNavLink[] }) {
  const pathname = usePathname();
  const current = (link: SubNavLink) =>
    pathname === link.href || (!link.exact && pathname.startsWith(`${link.href}/`));
  return (
    <nav aria-label={label} className="no-print -mx-4 mb-6 border-b border-stone-200 sm:mx-0">
      <ul className="flex gap-1 overflow-x-auto px-4 text-sm font-medium sm:px-0">
        {links.map((link) => (
          <li key={link.href} className="shrink-0">
            <Link
              href={link.href}
              aria-current={current(link) ? "page" : undefined}
              className="block whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-stone-700 hover:text-brand-700 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
