"use client";

import { DisclosureMenu } from "./disclosure-menu";
import { NavLinks, useCurrentHref, type NavLink } from "./nav-links";

export type SubNavLink = NavLink;

// The links' looks are app/globals.css's (one short class per link in every page's HTML).
const tab = "sub-nav-tab";
const menuItem = "sub-nav-menu-link";

/**
 * A section's own navigation under the site header. On phones it is a menu button that names
 * the current page and opens every section (nothing is cut off or scrolled sideways); from
 * `sm` up the tabs wrap between items. The current page is marked by aria-current.
 */
export function SubNav({ label, links }: { label: string; links: SubNavLink[] }) {
  const currentHref = useCurrentHref(links);
  const current = links.find((link) => link.href === currentHref);
  return (
    <nav aria-label={label} className="no-print mb-6 border-b border-stone-200 text-sm font-medium">
      <DisclosureMenu
        className="sm:hidden"
        summary={
          <span className="min-w-0 break-keep">
            <span className="text-stone-600">{label}</span>
            {current ? <span className="text-brand-800"> · {current.label}</span> : null}
          </span>
        }
        summaryClassName="-mx-1 rounded px-1 text-stone-900"
        panelClassName="pb-3 pt-1"
      >
        <NavLinks links={links} className="grid grid-cols-2 gap-1" linkClassName={menuItem} />
      </DisclosureMenu>
      <NavLinks links={links} className="hidden flex-wrap gap-x-1 sm:flex" linkClassName={tab} />
    </nav>
  );
}
