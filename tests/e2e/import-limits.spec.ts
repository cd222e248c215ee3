// A workbook bomb (150 KB that unpacks to 150 MB) uploaded to the unit import on the production
// server is refused by the file field, and /api/health keeps answering quickly meanwhile.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./support/accounts";
import { zipBomb } from "../factories/zip-files";

/** Health answers within this while the import runs (it answers in milliseconds when idle). */
const healthBudgetMs = 1500;

async function healthWhile(request: APIRequestContext, running: () => boolean) {
  const timings: number[] = [];
  do {
    const started = Date.now();
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    timings.push(Date.now() - started);
  } while (running() || timings.length < 5);
  return timings;
}

test("a workbook bomb is refused by the file field while /api/health stays responsive", async ({
  page,
  request,
}) => {
  await signIn(page, "admin", undefined, "/admin/units/import");
  await expect(page).toHaveURL(/\/admin\/units\/import$/);
  const bomb = Buffer.from(zipBomb(150));
  expect(bomb.byteLength).toBeLessThan(200 * 1024);
  await page.getByLabel("选择文件").setInputFiles({
    name: "成员单位.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bomb,
  });

  let running = true;
  const health = healthWhile(request, () => running);
  const started = Date.now();
  await page.getByRole("button", { name: "检查文件" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "工作簿太大" });
  await expect(alert).toBeVisible();
  const refusedAfterMs = Date.now() - started;
  running = false;

  await expect(page.getByLabel("选择文件")).toHaveAttribute("aria-invalid", "true");
  expect(refusedAfterMs).toBeLessThan(5000);
  expect(Math.max(...(await health))).toBeLessThan(healthBudgetMs);
});
