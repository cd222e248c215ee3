import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/core/i18n/client-messages";
import { SiteHeader } from "@/components/core/layout/site-header";
import { SiteFooter } from "@/components/core/layout/site-footer";
import { isLocale, defaultLocale } from "@/lib/core/i18n/config";
import { siteMetadata } from "@/lib/core/site/metadata";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("core.common"), getLocale()]);
  return {
    ...siteMetadata({
      siteName: t("siteName"),
      shortName: t("siteShortName"),
      description: t("tagline"),
      locale: isLocale(locale) ? locale : defaultLocale,
    }),
    title: { default: t("siteName"), template: `%s · ${t("siteShortName")}` },
    description: t("tagline"),
  };
}

// No page is rendered at build time (there is no database then): each locale's pages are
// rendered on their first request, and the public ones are then served from the cache until an
// action that changes them expires them (lib/core/site/revalidate-public.ts).
export function generateStaticParams(): { locale: string }[] {
  return [];
}

// What depends on the clock alone — this month's activities on the home page, upcoming versus
// past meetings, a venue's closed days ahead — is refreshed within ten minutes; a change made
// through the portal shows at once (above). Signed-in pages are per request anyway.
export const revalidate = 600;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a61b1b" };

export default async function RootLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  if (!isLocale((await params).locale)) notFound();
  const locale = await getLocale();
  const t = await getTranslations("core.common");
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* Only what the root's client components translate (app/error.tsx); the header's get
            their labels from the server. Each route's layout provides its own forms' messages. */}
        <ClientMessages namespaces={["core.errors.errorTitle", "core.errors.errorBody", "core.errors.retry"]}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
