import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";

// An admin creates a deputy secretary for a demo unit (a fresh account, so no other spec is
// affected), resets their password, and the person signs in with the temporary password, is
// made to choose a new one, and then reaches their unit's workspace.
test("an admin resets a secretary's password; the secretary must choose a new one first", async ({
  page,
  browser,
}) => {
  const login = `e2e-reset-${Date.now().toString(36)}`;
  const mobile = `199${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

  await signIn(page, accounts.admin, undefined, "/admin/users/new");
  await expect(page.getByRole("heading", { level: 1, name: "添加团干部账号" })).toBeVisible();
  await page.getByLabel("所属单位").selectOption({ label: "华电句容发电公司团委" });
  await page.getByLabel("单位职务").selectOption("DEPUTY");
  await page.getByLabel("登录名").fill(login);
  await page.getByLabel("姓名").fill("重置测试副书记");
  await page.getByLabel("手机号").fill(mobile);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("团干部账号已创建。")).toBeVisible();
  const firstPassword = (await page.getByTestId("temporary-password").textContent())!.trim();

  await page.getByRole("link", { name: "查看账号" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "重置测试副书记" })).toBeVisible();
  await page.getByRole("button", { name: "重置密码" }).click();
  await expect(page.getByText("密码已重置。")).toBeVisible();
  const temporaryPassword = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(temporaryPassword).toMatch(/^[a-z0-9-]{12,}$/);
  expect(temporaryPassword).not.toBe(firstPassword);

  const secretaryContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  await signIn(secretary, login, temporaryPassword);
  await expect(secretary).toHaveURL(/\/account\/password\?callbackUrl=%2Fmy$/);
  await expect(secretary.getByText("管理员重置了您的密码，请先设置一个新密码。")).toBeVisible();

  // Nothing else opens until the password is changed (the subject is access, so /my by URL).
  await secretary.goto("/my");
  await expect(secretary).toHaveURL(/\/account\/password/);

  await secretary.getByLabel("当前密码").fill(temporaryPassword);
  await secretary.getByLabel(/^新密码/).fill("MyOwnPass2024");
  await secretary.getByLabel("再次输入新密码").fill("MyOwnPass2024");
  await secretary.getByRole("button", { name: "修改密码" }).click();
  await expect(secretary.getByText("密码已修改。")).toBeVisible();

  await secretary.goto("/my");
  await expect(secretary).toHaveURL(/\/my$/);
  await expect(secretary.getByRole("heading", { level: 1 })).toHaveText("华电句容发电公司团委");
  await secretaryContext.close();
});
