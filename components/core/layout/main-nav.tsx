"use client";

import type { ReactNode } from "react";
import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { CountBadge, NavLinks, type NavLink } from "@/components/ui/nav-links";

/**
 * The site's main sections. On phones: one menu button in the header bar that opens every
 * section as a full-width list of large targets, ending with `phoneExtra` (sign in or out);
 * from `sm` up: the sections in a row that wraps between items, never inside a label.
 */
export function MainNav({
  label,
  menuLabel,
  links,
  phoneExtra,
}: {
  label: string;
  menuLabel: string;
  links: NavLink[];
  phoneExtra: ReactNode;
}) {
  const unread = links.find((link) => link.badge);
  return (
    <nav aria-label={label} className="sm:order-last sm:w-full">
      <DisclosureMenu
        className="sm:hidden"
        summary={
          <span className="whitespace-nowrap">
            {menuLabel}
            {unread?.badge ? <CountBadge count={unread.badge} label={unread.badgeLabel ?? ""} /> : null}
          </span>
        }
        summaryClassName="rounded border border-stone-300 px-3 text-sm font-medium text-stone-800 hover:bg-stone-100 group-open:bg-stone-100"
        panelClassName="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 pb-4 pt-2 shadow-lg"
      >
        <NavLinks
          links={links}
          className="grid grid-cols-2 gap-1 text-base font-medium"
          linkClassName="rounded px-3 py-2 text-stone-800 hover:bg-stone-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
        />
        <div className="mt-3 flex justify-end border-t border-stone-200 pt-3">{phoneExtra}</div>
      </DisclosureMenu>
      <NavLinks
        links={links}
        className="hidden flex-wrap gap-x-4 text-sm font-medium sm:flex"
        linkClassName="whitespace-nowrap text-stone-700 hover:text-brand-700 aria-[current=page]:text-brand-800 aria-[current=page]:underline aria-[current=page]:underline-offset-4"
      />
    </nav>
  );
}
