// Every page here is per signed-in user: rendered on each request, never cached. (Route
// segment config must be written in each layout file; the layout itself is shared.)
export const dynamic = "force-dynamic";

export { SignedInLayout as default } from "@/components/core/layout/signed-in-layout";
