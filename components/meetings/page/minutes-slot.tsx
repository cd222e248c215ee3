"use client";

import { createContext, lazy, Suspense, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { publicationKey } from "@/lib/meetings/publication-key";

type Published = NonNullable<NonNullable<MeetingPageView["minutes"]>["published"]>;

/**
 * Published minutes already rendered on the server (the cached page of a public meeting), and
 * which publication they are. The Markdown renderer (react-markdown, ~50 KB gzip) then never
 * reaches the browser for them: the page stays within issue 14's script budget.
 */
export type MinutesSlot = { key: string; node: ReactNode };

const SlotContext = createContext<MinutesSlot | null>(null);
export const MinutesSlotProvider = SlotContext.Provider;

// Only a view the server did not render (a member's view of minutes the public cannot read)
// loads the renderer, on demand.
const LazyPublishedMinutes = lazy(() =>
  import("@/components/meetings/minutes/published-minutes").then((module) => ({
    default: module.PublishedMinutesView,
  })),
);

/** The published minutes of a view: the server's rendering when it is the same publication. */
export function PublishedMinutes({ published }: { published: Published }) {
  const slot = useContext(SlotContext);
  const t = useTranslations("meetings.minutes.section");
  if (slot && slot.key === publicationKey(published)) return slot.node;
  return (
    <Suspense fallback={<p className="text-stone-600">{t("loading")}</p>}>
      <LazyPublishedMinutes body={published.body} errata={published.errata} />
    </Suspense>
  );
}
