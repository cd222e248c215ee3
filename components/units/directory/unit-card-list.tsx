"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export type UnitBadge = { tone: BadgeTone; label: string };

/** One card of the directory, already translated on the server; badges index `UnitGroups`' badges. */
export type UnitCardRow = { slug: string; shortName: string; name: string; badges: number[] };

/** A category of the directory on this page: its anchor id, heading, count line and units. */
export type UnitGroup = { id: string; label: string; count: string; rows: UnitCardRow[] };

/** A jump link to a category: `#id` on this page, or the page the category starts on. */
export type UnitGroupLink = { id: string; label: string; href: string };

/**
 * The directory's categories (with jump links when there are several) and their units as cards:
 * short name linking to the profile, full name, badges. A client component only so that the
 * page's React payload carries each row's strings instead of its element tree (/units stays
 * within its HTML budget, issue 14). No state, no effects.
 */
export function UnitGroups({
  navLabel,
  links,
  badges,
  groups,
}: {
  navLabel: string;
  links: UnitGroupLink[];
  /** The few distinct badges, once (rows repeat them by index). */
  badges: UnitBadge[];
  groups: UnitGroup[];
}) {
  return (
    <>
      {links.length > 1 ? (
        <nav aria-label={navLabel} className="flex flex-wrap gap-2 text-sm">
          {links.map((link) =>
            link.href.startsWith("#") ? (
              <a key={link.id} href={link.href} className="chip-link">
                {link.label}
              </a>
            ) : (
              <Link key={link.id} href={link.href} className="chip-link">
                {link.label}
              </Link>
            ),
          )}
        </nav>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`${group.id}-h`} className="scroll-mt-4">
          <h2 id={`${group.id}-h`} className="group-heading">
            {group.label}
            <span className="count">{group.count}</span>
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.rows.map((unit) => (
              <li key={unit.slug}>
                <article className="card-outlined list-card gap-2">
                  <h3 className="text-base font-semibold">
                    <Link href={`/units/${unit.slug}`} className="title-link">
                      {unit.shortName}
                    </Link>
                  </h3>
                  <p className="text-sm text-stone-600">{unit.name}</p>
                  <span className="tags mt-auto pt-1">
                    {unit.badges.map((index) => {
                      const badge = badges[index];
                      return badge ? (
                        <Badge key={index} tone={badge.tone}>
                          {badge.label}
                        </Badge>
                      ) : null;
                    })}
                  </span>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
