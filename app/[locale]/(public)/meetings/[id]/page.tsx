import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingPage } from "@/components/meetings/page/meeting-page";
import { publicationKey } from "@/lib/meetings/publication-key";
import { PublishedMinutesView } from "@/components/meetings/minutes/published-minutes";
import type { MeetingPageView } from "@/lib/meetings/page-view-types";
import { loadPublicMeetingPage } from "@/lib/meetings/viewer";

type Params = Promise<{ id: string }>;

// Rendered on first request, then served from the cache (issue 14): nothing here reads the
// session. The HTML holds what everybody may see of a public meeting, nothing of a members-only
// one; the visitor's own view (member sections, answer form, manage link) is an island.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await loadPublicMeetingPage((await params).id);
  if (!page) return {};
  if (page.view) return { title: page.view.meeting.title };
  const t = await getTranslations("meetings.meeting.detail");
  return { title: t("membersOnlyTitle") };
}

export default async function MeetingDetailPage({ params }: { params: Params }) {
  const page = await loadPublicMeetingPage((await params).id);
  if (!page) notFound();
  const published = page.view?.minutes?.published;
  if (!page.view || !published) return <MeetingPage meetingId={page.id} initial={page.view} />;
  // The minutes travel once, rendered here; the client's copy of the view leaves their text out.
  const minutes = {
    key: publicationKey(published),
    node: <PublishedMinutesView body={published.body} errata={published.errata} />,
  };
  return <MeetingPage meetingId={page.id} initial={withoutMinutesText(page.view)} minutes={minutes} />;
}

function withoutMinutesText(view: MeetingPageView): MeetingPageView {
  const { minutes } = view;
  if (!minutes?.published) return view;
  const published = {
    ...minutes.published,
    body: "",
    errata: minutes.published.errata.map((erratum) => ({ ...erratum, body: "" })),
  };
  return { ...view, minutes: { ...minutes, published } };
}
