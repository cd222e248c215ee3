import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/core/auth/session";
import { localizedPath, redirectLocalized } from "@/lib/core/i18n/redirect";
import { homeFor, safeRedirectPath } from "@/lib/core/http/safe-redirect";
import { SignInForm } from "@/components/core/auth/sign-in-form";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("core.auth");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const raw = params.callbackUrl;
  // A doubtful target counts as none: after signing in, /login sends the user to their home.
  const callbackUrl = safeRedirectPath(raw, "");
  const user = await getCurrentUser();
  if (user) return redirectLocalized(callbackUrl || homeFor(user));
  const t = await getTranslations("core.auth");
  // Only where the demo data was loaded (npm start in embedded mode, end-to-end tests).
  const showDemoHint = process.env.DEMO_MODE === "1";
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl || (await localizedPath("/login"))} />
      {showDemoHint ? (
        <p className="mt-6 rounded bg-amber-50 p-3 text-sm text-amber-900">{t("demoHint")}</p>
      ) : null}
    </div>
  );
}
