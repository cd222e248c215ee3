// Which publication of a meeting's minutes a page view shows (pure; server and browser).
import type { MeetingPageView } from "./page-view-types";

type Published = NonNullable<NonNullable<MeetingPageView["minutes"]>["published"]>;

/** Republishing or a new erratum changes it; the text itself need not travel to compare. */
export function publicationKey(published: Pick<Published, "publishedAt" | "errata">): string {
  return `${published.publishedAt ?? ""}|${published.errata.map((erratum) => erratum.id).join(",")}`;
}
