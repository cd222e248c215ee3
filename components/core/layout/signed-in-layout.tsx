import { renderId } from "@/lib/core/http/render-id";
import { ViewerRefresh } from "./viewer-refresh";

/**
 * The layout of the signed-in route groups (admin, member), whose pages are rendered per
 * request: each fresh render has the header's island ask again who is signed in (inbox count).
 */
export function SignedInLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ViewerRefresh render={renderId()} />
      {children}
    </>
  );
}
