import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Founding } from "@/components/overview/about/founding";
import { AnnualList, Goals, SharedVenues } from "@/components/overview/about/in-practice";
import { Commitments, Mechanisms, MethodOverview } from "@/components/overview/about/working-method";
import { defaultLocale, isLocale } from "@/lib/core/i18n/config";
import { shareMetadata } from "@/lib/core/site/metadata";

// The page reads nothing but the catalogs: no database, no session, no request of its own, and
// it ships no JavaScript of its own. It does not export `dynamic = "force-static"` yet: a forced
// static render sees no cookies, so every visitor would get the Chinese page (the language is a
// cookie, lib/core/i18n/request.ts) and the signed-out header (the root layout reads the
// session), and its scripts would lack the per-request CSP nonce (proxy.ts) and not run. Locale
// routing and a layout without the session (issue 14) remove the first two; the third needs a
// policy a prerendered page can meet. The page itself needs no change to become static.

export async function generateMetadata(): Promise<Metadata> {
  const [t, tc, locale] = await Promise.all([
    getTranslations("overview.about"),
    getTranslations("core.common"),
    getLocale(),
  ]);
  const title = t("metaTitle");
  const description = t("metaDescription");
  return {
    title,
    description,
    ...shareMetadata({
      siteName: tc("siteName"),
      title,
      description,
      locale: isLocale(locale) ? locale : defaultLocale,
    }),
  };
}

/** About the committee: its founding, the "12345" working method, mechanisms and commitments. */
export default async function AboutPage() {
  const t = await getTranslations("overview.about");
  return (
    <article className="mx-auto max-w-4xl space-y-10">
      <header className="space-y-4">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("title")}</h1>
        <p className="leading-relaxed text-stone-700">{t("lead")}</p>
      </header>
      <Founding />
      <MethodOverview />
      <Mechanisms />
      <Commitments />
      <AnnualList />
      <SharedVenues />
      <Goals />
    </article>
  );
}
