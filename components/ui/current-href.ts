export type NavLink = {
  href: string;
  label: string;
  /** Only this exact path, not its children. */ exact?: boolean;
  /** An unread count shown beside the label; `badgeLabel` says it in words for screen readers. */
  badge?: number;
  badgeLabel?: string;
};

/**
 * The link that stands for the current page: the longest href that matches, so "/my/inbox"
 * wins over "/my" on the inbox while "/my" still marks "/my/unit".
 */
export function currentHref(links: NavLink[], pathname: string): string | undefined {
  return links
    .filter((link) => pathname === link.href || (!link.exact && pathname.startsWith(`${link.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
