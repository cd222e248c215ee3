import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { fixtureAdmins } from "./support/fixtures";

test.describe("signing in", () => {
  test("a secretary signs in, sees their own unit in /my and is refused /admin @phone", async ({ page }) => {
    await signIn(page, accounts.chinaPost);
    await expect(page).toHaveURL(/\/my$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国邮政镇江分公司团委");
    await expect(page.getByText("本单位牵头的活动")).toBeVisible();

    // Access by URL is the subject here: a secretary typing /admin is refused.
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });

  test("a wrong password shows a clear error and keeps the visitor signed out", async ({ page }) => {
    await signIn(page, accounts.ruixiang, "wrong-password");
    await expect(page.locator("#sign-in-error")).toHaveText("登录名或密码不正确，或账号已停用。");
    await expect(page).toHaveURL(/\/login/);
    // Access by URL is the subject here: still signed out, /my asks for a sign-in.
    const response = await page.goto("/my");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmy/);
    expect(response?.status()).toBe(200);
  });

  test("an admin signs in to the admin home and can sign out", async ({ page }) => {
    // A dedicated admin: signing out ends every session of the account, and other specs use `admin`.
    await signIn(page, fixtureAdmins.signIn, undefined, "/admin");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "管理后台" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "成员单位" })).toBeVisible();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
    // Access by URL is the subject here: after signing out, /admin asks for a sign-in again.
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });

  test("anonymous visitors are sent to sign in from protected pages", async ({ page }) => {
    await page.goto("/my");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmy/);
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  });
});

test("hostile sign-in payloads get a refusal, never a server error", async ({ request }) => {
  const payloads = [
    { identifier: "", password: "" },
    { identifier: "x".repeat(100_000), password: "y".repeat(100_000) },
    { identifier: '\' OR 1=1; DROP TABLE "User"; --', password: "' OR '1'='1" },
    { identifier: "\u00ff\u00fe\ufffd\u0000admin", password: "\u0000" },
  ];
  for (const payload of payloads) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { ...payload, csrfToken, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status(), payload.identifier.slice(0, 20)).toBeLessThan(500);
    expect(response.status()).not.toBe(200);
  }
});
