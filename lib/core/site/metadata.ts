import type { Metadata } from "next";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { locales, type Locale } from "@/lib/core/i18n/config";
import { shareCardSize, siteAssets } from "./assets";

// A link pasted into a group chat shows a card from these tags. Next replaces (does not merge)
// a parent's `openGraph` when a page sets its own, so a page's card is built here in full.

const openGraphLocales: Record<Locale, string> = { "zh-CN": "zh_CN", en: "en_US" };

export type ShareText = {
  /** The site's name in the visitor's language (core.common.siteName). */
  siteName: string;
  title: string;
  description: string;
  locale: Locale;
};

/** Open Graph and Twitter card tags: the page's title and description on the share card. */
export function shareMetadata({ siteName, title, description, locale }: ShareText): Metadata {
  return {
    openGraph: {
      type: "website",
      siteName,
      title,
      description,
      locale: openGraphLocales[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => openGraphLocales[other]),
      images: [{ url: siteAssets.shareCard, ...shareCardSize, alt: siteName }],
    },
    twitter: { card: "summary_large_image", title, description, images: [siteAssets.shareCard] },
  };
}

/**
 * What every page inherits from the root layout: absolute addresses on the public origin
 * (lib/core/http/public-origin.ts), the icons, the web app manifest and the site's share card.
 */
export function siteMetadata(text: Omit<ShareText, "title"> & { shortName: string }): Metadata {
  return {
    metadataBase: new URL(publicOrigin()),
    applicationName: text.siteName,
    icons: {
      icon: [
        { url: siteAssets.favicon, sizes: "16x16 32x32 48x48" },
        { url: siteAssets.svgIcon, type: "image/svg+xml" },
      ],
      apple: [{ url: siteAssets.appleTouchIcon, sizes: "180x180" }],
    },
    manifest: siteAssets.manifest,
    appleWebApp: { capable: true, title: text.shortName, statusBarStyle: "default" },
    ...shareMetadata({ ...text, title: text.siteName }),
  };
}
