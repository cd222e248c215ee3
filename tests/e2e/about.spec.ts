import { expect, test, type Page } from "@playwright/test";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";

// A visitor finds the committee's own story by tapping, reads it in both languages on a
// 390 px phone; and the icons, manifest and share card a phone or a chat app fetches are
// served with their types, long cache lifetimes and the usual security headers.

const sections = {
  "zh-CN": [
    "成立与成员",
    "“12345”工作法",
    "四项机制",
    "五方面内容",
    "年度活动清单",
    "阵地共享",
    "我们的目标",
  ],
  en: [
    "Founding and members",
    "The 12345 working method",
    "Four mechanisms",
    "Five commitments",
    "The annual activity list",
    "Shared venues",
    "What it is for",
  ],
};

/** The page's headings as levels, in document order: one h1 first, never a skipped level. */
async function expectHeadingsInOrder(page: Page) {
  const levels = await page
    .getByRole("main")
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level, `heading ${index + 1}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
  });
}

async function expectAboutPage(page: Page, language: "zh-CN" | "en", title: string) {
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(sections[language]);
  await expectHeadingsInOrder(page);
  await expectNoHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page, { targetSize: true });
}

test.describe("the about page @phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a visitor taps from the home page to About and reads it in Chinese and English", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("main")
      .getByRole("link", { name: /关于青工委/ })
      .click();
    await expectAboutPage(page, "zh-CN", "关于润州区青年工作委员会");
    await expect(page.getByText("2023年2月21日").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "认领一个青年项目" })).toBeVisible();
    await expect(page).toHaveTitle("关于青工委 · 润州青工委");

    await page.getByRole("button", { name: "语言 English" }).click();
    await expectAboutPage(page, "en", "About the Runzhou District Youth Work Committee");
    await expect(page.getByRole("heading", { level: 3, name: "Activity rotation" })).toBeVisible();

    // The footer links to it from every page, in the visitor's language.
    await page.goto("/units");
    await page
      .getByRole("contentinfo")
      .getByRole("navigation", { name: "Footer links" })
      .getByRole("link", { name: "About the committee" })
      .click();
    await expectAboutPage(page, "en", "About the Runzhou District Youth Work Committee");
    await page.getByRole("button", { name: "Language 中文" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于润州区青年工作委员会");
  });
});

test.describe("icons, manifest and share card @phone", () => {
  const thirtyDays = "public, max-age=2592000, stale-while-revalidate=604800";
  const files: [path: string, contentType: RegExp, cacheControl: string][] = [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/, thirtyDays],
    ["/icon.svg", /^image\/svg\+xml/, thirtyDays],
    ["/apple-touch-icon.png", /^image\/png/, thirtyDays],
    ["/icons/icon-192.png", /^image\/png/, thirtyDays],
    ["/icons/icon-512.png", /^image\/png/, thirtyDays],
    ["/icons/icon-maskable-512.png", /^image\/png/, thirtyDays],
    ["/og-card.png", /^image\/png/, thirtyDays],
    [
      "/manifest.webmanifest",
      /^application\/manifest\+json/,
      "public, max-age=86400, stale-while-revalidate=604800",
    ],
  ];

  test("are served with their content types, long cache lifetimes and the security headers", async ({
    request,
  }) => {
    for (const [path, contentType, cacheControl] of files) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"], path).toMatch(contentType);
      expect(headers["cache-control"], path).toBe(cacheControl);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    const manifest = (await (await request.get("/manifest.webmanifest")).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: "/my", display: "standalone", short_name: "润州青工委" });

    // Next's hashed build files never change under their name: cached for a year, immutable.
    const html = await (await request.get("/about")).text();
    const chunk = html.match(/\/_next\/static\/[^"'\s]+\.js/)?.[0];
    expect(chunk, "a script linked from the about page").toBeTruthy();
    expect((await request.get(chunk!)).headers()["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
  });

  test("pages link the icons and manifest and carry a share card in the visitor's language", async ({
    request,
  }) => {
    const zh = await (await request.get("/about")).text();
    expect(zh).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(zh).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png" sizes="180x180"');
    expect(zh).toMatch(/<link rel="icon" href="\/icon\.svg" type="image\/svg\+xml"/);
    expect(zh).toContain('<meta property="og:title" content="关于青工委"');
    expect(zh).toContain('<meta property="og:locale" content="zh_CN"');
    expect(zh).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og-card\.png"/);
    expect(zh).toContain('<meta property="og:image:width" content="1200"');
    expect(zh).toContain('<meta name="twitter:card" content="summary_large_image"');

    const en = await (await request.get("/", { headers: { cookie: "NEXT_LOCALE=en" } })).text();
    expect(en).toContain('<meta property="og:locale" content="en_US"');
    expect(en).toContain('<meta property="og:title" content="Runzhou District Youth Work Committee"');
    expect(en).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og-card\.png"/);
  });
});
