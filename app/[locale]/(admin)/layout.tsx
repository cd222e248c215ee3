import { ViewerRefresh } from "@/components/core/layout/viewer-refresh";
import { renderId } from "@/lib/core/http/render-id";

// Every page here is per signed-in user: rendered on each request, never cached.
export const dynamic = "force-dynamic";

export default function SignedInLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ViewerRefresh render={renderId()} />
      {children}
    </>
  );
}
