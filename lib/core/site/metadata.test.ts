import { describe, expect, it } from "vitest";
import { shareMetadata, siteMetadata } from "./metadata";

describe("share metadata", () => {
  it("puts the page's title, the card image and the visitor's language on the card", () => {
    const metadata = shareMetadata({ siteName: "Site", title: "About", description: "What", locale: "en" });
    expect(metadata.openGraph).toMatchObject({
      siteName: "Site",
      title: "About",
      description: "What",
      locale: "en_US",
      alternateLocale: ["zh_CN"],
      images: [{ url: "/og-card.png", width: 1200, height: 630, alt: "Site" }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: "About" });
  });

  it("gives every page absolute addresses on the public origin, icons and the manifest", () => {
    const previous = process.env.PUBLIC_ORIGIN;
    process.env.PUBLIC_ORIGIN = "https://portal.example.cn";
    try {
      const metadata = siteMetadata({ siteName: "站", shortName: "站", description: "d", locale: "zh-CN" });
      expect(String(metadata.metadataBase)).toBe("https://portal.example.cn/");
      expect(metadata.manifest).toBe("/manifest.webmanifest");
      expect(metadata.openGraph).toMatchObject({ title: "站", locale: "zh_CN" });
      expect(JSON.stringify(metadata.icons)).toContain("/apple-touch-icon.png");
    } finally {
      if (previous === undefined) delete process.env.PUBLIC_ORIGIN;
      else process.env.PUBLIC_ORIGIN = previous;
    }
  });
});
