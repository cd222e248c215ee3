import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { fixtureAdmins } from "./support/fixtures";

test("a session cookie copied before signing out opens nothing afterwards", async ({ page, browser }) => {
  await signIn(page, fixtureAdmins.sessions, undefined, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "管理后台" })).toBeVisible();
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"));
  expect(copied).toHaveLength(1);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();

  // Someone who copied the cookie replays it in a fresh browser.
  const thief = await browser.newContext();
  try {
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    // The replayed cookie asking for a URL is the subject, so it is opened by URL.
    await stolen.goto("/admin");
    await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
    await expect(stolen.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  } finally {
    await thief.close();
  }
});
