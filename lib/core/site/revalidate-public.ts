import { locales } from "@/lib/core/i18n/config";
import { isCachedPublicPage } from "./cached-pages";

/**
 * Which cached public pages (lib/core/site/cached-pages.ts) a change makes stale, as the entries
 * `revalidatePath` needs. Run by the action pipeline after the mutation's transaction committed
 * (lib/core/actions/run-action.ts), so the very next request renders the page afresh.
 *
 * Why internal paths: proxy.ts rewrites `/plan` to the `[locale]` segment, so the cache entry
 * of Chinese `/plan` is tagged with `/zh-CN/plan` and English `/en/plan` with `/en/plan`;
 * `revalidatePath("/plan")` matches neither. A literal path expires exactly that page (its
 * tag is the rendered pathname); a route pattern with "layout" or "page" expires every page
 * rendered from that route file in both locales (its tags are the route file's segments). The
 * plan's filtered views are pages nested under `/[locale]/(public)/plan`, hence its "layout".
 *
 * The `.ics` feeds are cached route handlers. Their entries carry their folders' "layout" tags
 * too, so `/[locale]/(public)/venues` (layout) reaches every venue's feed; but their path tag is
 * the address as requested, before proxy.ts rewrote it (Chinese `/units/a/plan.ics`, not
 * `/zh-CN/…`), see publicFeed. The meeting invitation is per request (it depends on who asks)
 * and has no entry.
 */
export type Revalidation = { path: string; type?: "page" | "layout" };
/** What an action names: an address as the visitor sees it (`/plan`, `/my`) or an entry. */
export type RevalidationTarget = string | Revalidation;

const publicRoot = "/[locale]/(public)";

/** The entry of one cached page in every locale: `/units/a` → `/zh-CN/units/a`, `/en/units/a`. */
export function publicPage(path: string): Revalidation[] {
  return locales.map((locale) => ({ path: `/${locale}${path === "/" ? "" : path}` }));
}

/**
 * The entry of one cached feed in every locale. Next tags a route handler's response with the
 * address the visitor asked for (pages get the rewritten one): Chinese `/units/a/plan.ics`,
 * English `/en/units/a/plan.ics`; `/zh-CN/…` too, should a request ever arrive so.
 */
function publicFeed(path: string): Revalidation[] {
  return [{ path }, ...publicPage(path)];
}

/** Every page of one route (both locales, all ids): for data shown on all of them. */
function everyPage(route: string, type: "page" | "layout" = "page"): Revalidation {
  return { path: `${publicRoot}${route}`, type };
}

/** The plan and all its filtered views. */
const wholePlan = everyPage("/plan", "layout");

/** Every year's plan feed (`/plan.ics`, `/plan.ics?year=…` is `plan.ics/year-…` inside). */
const planFeeds = everyPage("/plan.ics", "layout");

/** A unit's feed: the dated activities it leads. */
export function unitFeed(slug: string): Revalidation[] {
  return publicFeed(`/units/${slug}/plan.ics`);
}

/** Every unit's feed. */
const everyUnitFeed = everyPage("/units/[slug]/plan.ics", "layout");

/**
 * An activity changed (claimed, joined, scheduled, reported, edited): the home page (this
 * month's activities, the year so far), the plan and its feeds, its own page and the pages and
 * feeds of the units that lead or join it (their activity lists and report numbers), and the
 * community pages (which list the activities held there; few, and which one is not at hand).
 */
export function activityChanged({ id, unitSlugs = [] }: { id: number; unitSlugs?: readonly string[] }) {
  return [
    ...publicPage("/"),
    wholePlan,
    planFeeds,
    ...publicPage(`/activities/${id}`),
    ...unitSlugs.flatMap((slug) => [...unitPage(slug), ...unitFeed(slug)]),
    everyPage("/communities/[id]"),
    ...resultsChanged(),
  ];
}

/**
 * The public results (/results and /results/<year>: one route, every year in both locales):
 * their numbers come from activities, reports, check-ins, service-site visits and bookings, and
 * their highlights name units and show report photos.
 */
export function resultsChanged(): Revalidation[] {
  return [everyPage("/results", "layout")];
}

/**
 * The committee changed the year's list itself (a year published, activities imported, moved,
 * deleted, leads reassigned): every activity page and every unit page may show it.
 */
export function planChanged(): Revalidation[] {
  return [
    ...publicPage("/"),
    wholePlan,
    planFeeds,
    everyPage("/activities/[id]"),
    ...everyUnitPage(),
    everyUnitFeed,
    everyPage("/communities/[id]"),
    ...resultsChanged(),
  ];
}

/**
 * Every unit's year pages (/units/<slug>/years/<year>), one route entry: they show what the
 * unit's page shows, year by year, and which years a change touches is not at hand (a literal
 * path reaches one year of one unit only). Few are ever opened, so expiring all costs little.
 */
const everyUnitYearPage = everyPage("/units/[slug]/years/[year]");

/** One unit's page (its commitments, reports, activities and year) and the unit year pages. */
export function unitPage(slug: string): Revalidation[] {
  return [...publicPage(`/units/${slug}`), everyUnitYearPage];
}

/** Every unit's page and year pages, when which unit a change concerns is not at hand. */
export function everyUnitPage(): Revalidation[] {
  return [everyPage("/units/[slug]"), everyUnitYearPage];
}

/** The directory and its later pages (`/units?page=2` is cached as `/units/_f/page-2`). */
function directory(): Revalidation[] {
  return [...publicPage("/units"), everyPage("/units/_f/[...filter]")];
}

/** A unit's own page and the directory changed (logo, profile, a new or departed unit). */
export function unitChanged(slug?: string): Revalidation[] {
  return [...publicPage("/"), ...directory(), ...(slug ? publicPage(`/units/${slug}`) : [])];
}

/**
 * An admin edited units (names, status, import): their names appear on the plan, activity
 * pages, meetings, the rotation, venues and the feeds, so those routes expire too (a rare
 * change; a withdrawn unit's feed is gone).
 */
export function unitsEdited(): Revalidation[] {
  return [
    ...publicPage("/"),
    ...directory(),
    ...everyUnitPage(),
    everyUnitFeed,
    wholePlan,
    planFeeds,
    everyPage("/activities/[id]"),
    ...everyMeetingPage(),
    ...rotationChanged(),
    everyPage("/venues", "layout"),
    everyPage("/communities/[id]"),
    ...resultsChanged(),
  ];
}

/**
 * A meeting, its agenda, attendance, minutes or decisions changed: the list and the meeting's
 * page (which shows all of them). The minutes editor is rendered per request, not cached.
 */
export function meetingChanged(id?: number): Revalidation[] {
  return [...publicPage("/meetings"), ...(id === undefined ? [] : publicPage(`/meetings/${id}`))];
}

/** Every meeting's pages (a decision changed; which meeting is not in the form). */
export function everyMeetingPage(): Revalidation[] {
  return [...publicPage("/meetings"), everyPage("/meetings", "layout")];
}

/** The rotation schedule (assignments, swaps) changed. */
export function rotationChanged(): Revalidation[] {
  // The page and its cached year views (/rotation?year=… is /[locale]/rotation/year-…).
  return [everyPage("/rotation", "layout")];
}

/** A venue (details, opening hours, bookings shown on its page) changed. */
export function venueChanged(id?: number): Revalidation[] {
  // The directory and its cached kind views (/venues?kind=… is /[locale]/venues/_f/…); the
  // layout entry also reaches every venue's page and feed.
  return [everyPage("/venues", "layout"), ...(id === undefined ? [] : publicPage(`/venues/${id}`))];
}

/**
 * A pairing (结对挂钩) changed: the pairings list, its own page, its units' pages and its
 * community's page (both list their pairings).
 */
export function pairingChanged({
  id,
  communityId,
  unitSlugs = [],
}: {
  id?: number;
  communityId?: number;
  unitSlugs?: readonly string[];
}): Revalidation[] {
  return [
    ...publicPage("/pairings"),
    ...(id === undefined ? [] : publicPage(`/pairings/${id}`)),
    ...unitSlugs.flatMap((slug) => unitPage(slug)),
    ...(communityId === undefined ? [] : publicPage(`/communities/${communityId}`)),
  ];
}

/**
 * A community (社区) or its subdistrict changed: the communities list and the community's page
 * (every one without an id, e.g. a subdistrict renamed). Activity pages name their community,
 * so an edit of its name reaches them too (a rare change).
 */
export function communityChanged(id?: number, { renamed = false } = {}): Revalidation[] {
  return [
    ...publicPage("/communities"),
    ...(id === undefined ? [everyPage("/communities/[id]")] : publicPage(`/communities/${id}`)),
    ...(renamed ? [everyPage("/activities/[id]")] : []),
  ];
}

/**
 * A booking was made, confirmed or cancelled: the venue's feed of confirmed bookings, and the
 * public results (the times venues were used). Every booking change names this or everyVenueFeed.
 */
export function venueFeed(id: number): Revalidation[] {
  return [...publicFeed(`/venues/${id}/bookings.ics`), ...resultsChanged()];
}

/** Every venue's feed (and the results), when which venue a booking is at is not at hand. */
export function everyVenueFeed(): Revalidation[] {
  return [everyPage("/venues/[id]/bookings.ics", "layout"), ...resultsChanged()];
}

/**
 * A need on the board changed (posted, edited, offered on, matched, closed): the board, the
 * need's page and its community's page (which lists its open needs).
 */
export function needChanged(id?: number, communityId?: number): Revalidation[] {
  return [
    ...publicPage("/needs"),
    ...(id === undefined ? [] : publicPage(`/needs/${id}`)),
    ...(communityId === undefined ? [] : publicPage(`/communities/${communityId}`)),
  ];
}

/**
 * A long-term service site (定点服务点) or its service log changed: the list, every site's page
 * and log pages (one layout entry) and the community pages listing sites; when the log moved
 * (`log`), also the unit and pairing pages that show its totals and entries, and the public
 * results (a visit logged on its own adds volunteers, hours and results).
 */
export function siteChanged({ log = false }: { log?: boolean } = {}): Revalidation[] {
  const pages = [everyPage("/sites", "layout"), everyPage("/communities/[id]")];
  return log ? [...pages, ...everyUnitPage(), everyPage("/pairings", "layout"), ...resultsChanged()] : pages;
}

/**
 * The entries to expire for what an action names. An address of a cached public page becomes
 * its entry in every locale; any other address (a signed-in page, rendered per request) is
 * passed on as it is, which refreshes the browser's router cache; duplicates go.
 */
export function toRevalidations(targets: readonly RevalidationTarget[]): Revalidation[] {
  const entries = targets.flatMap((target) => {
    if (typeof target !== "string") return [target];
    return isCachedPublicPage(target) ? publicPage(target) : [{ path: target }];
  });
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.path} ${entry.type ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
