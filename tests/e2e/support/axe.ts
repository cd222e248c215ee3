import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Result } from "axe-core";

/**
 * Fails on any serious or critical axe violation on the page as it stands now; the message
 * names each rule and the elements that break it, so a failure says what to fix.
 *
 * With `targetSize`, the same single pass also runs WCAG 2.5.8's target-size rule (off in axe by
 * default): every target at least 24×24 px or spaced. Map markers are exempt (2.5.8's
 * "equivalent" exception): nearby venues' markers overlap at some zooms, and the list beside
 * the map offers each venue as a full-size link.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  { targetSize = false }: { targetSize?: boolean } = {},
): Promise<void> {
  // Only violations are read: axe then skips gathering every passing node's details, the
  // larger part of a pass on a long page.
  const builder = new AxeBuilder({ page }).options({
    resultTypes: ["violations"],
    ...(targetSize ? { rules: { "target-size": { enabled: true } } } : {}),
  });
  const results = await builder.analyze();
  const nodes = (violation: Result) =>
    violation.id === "target-size"
      ? violation.nodes.filter((node) => !node.html.includes("leaflet-marker"))
      : violation.nodes;
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .filter((violation) => nodes(violation).length > 0)
    .map(
      (violation) =>
        `${violation.id}: ${nodes(violation)
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/** Fails when the page is wider than the viewport (the user would have to scroll sideways). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page, `page width on ${page.url()}`).toBeLessThanOrEqual(widths.viewport);
}
