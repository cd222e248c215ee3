import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { pngBytes } from "../factories/images";

// Chaoyang Community's secretary edits the public profile. Visitors must see the intro as text:
// markup typed into it is shown, never run.
const intro = `朝阳社区团支部（端到端测试 ${Date.now()}）\n<script>alert(1)</script> <b>不加粗</b>`;

test("a secretary edits the unit profile and logo, and visitors see them as plain text and an image", async ({
  page,
  browser,
}) => {
  await signIn(page, "chaoyang-community");
  await expect(page).toHaveURL(/\/my$/);
  await page
    .getByRole("navigation", { name: "我的单位栏目" })
    .getByRole("link", { name: "单位资料" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "单位资料" })).toBeVisible();

  await page.getByLabel("单位简介").fill(intro);
  await page.getByLabel("联系电话", { exact: true }).fill("0511-85550000");
  await page.getByLabel("在公开主页上显示联系电话").uncheck();
  await page.getByRole("button", { name: "保存单位资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "单位资料已保存。" })).toBeVisible();

  await page.getByLabel(/标志图片/).setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: pngBytes(48, 48),
  });
  await page.getByRole("button", { name: "上传标志" }).click();
  await expect(page.getByRole("status").filter({ hasText: "单位标志已更新。" })).toBeVisible();
  await expect(page.getByRole("img", { name: "南山街道朝阳社区团支部的标志" })).toBeVisible();
  // Back on 我的单位, whose cached copy (rendered at sign-in, without a logo) the upload expired.
  await page
    .getByRole("navigation", { name: "我的单位栏目" })
    .getByRole("link", { name: "我的单位" })
    .click();
  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByRole("img", { name: "南山街道朝阳社区团支部的标志" })).toBeVisible();

  // A visitor, not signed in.
  const visitor = await browser.newPage();
  const dialogs: string[] = [];
  visitor.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await visitor.goto("/units/chaoyang-community");
  const introSection = visitor.getByRole("region", { name: "单位简介" });
  await expect(introSection).toContainText("<script>alert(1)</script> <b>不加粗</b>");
  await expect(introSection.locator("script, b")).toHaveCount(0);
  await expect(visitor.getByText("0511-85550000")).toHaveCount(0);

  const logo = visitor.getByRole("img", { name: "南山街道朝阳社区团支部的标志" });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
  const response = await visitor.request.get((await logo.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(dialogs).toEqual([]);
  await visitor.close();
});

test("an oversized upload gets a clear 'file too large' page, not a server error", async ({ request }) => {
  const response = await request.post("/my/unit", {
    multipart: {
      logo: { name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(4 * 1024 * 1024, 1) },
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("文件过大");
});
