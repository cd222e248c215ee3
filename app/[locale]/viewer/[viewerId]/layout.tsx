// One viewer's cached copies of their signed-in home pages (lib/core/site/viewer-pages.ts):
// proxy.ts serves them only after checking that viewer's session. Rendered on first request
// and kept until an action expires them, or for a minute at most.
export function generateStaticParams(): { viewerId: string }[] {
  return [];
}

// viewerPageSeconds: route segment config must be a literal (viewer-pages.test.ts compares them).
export const revalidate = 60;

export { SignedInLayout as default } from "@/components/core/layout/signed-in-layout";
