import { expect, test } from "@playwright/test";
import { signInByTapping, submitSignIn } from "./support/accounts";
import { fixtureAdmins } from "./support/fixtures";
import { tapMenuItem, tapMenuLink } from "./support/nav";

// Member admission (成员准入) end to end: a visitor applies, an admin approves, the new
// secretary activates the account through the one-time link and signs in to their unit. One page,
// by tapping from the home page; only the activation link, which arrives by message, is opened by URL.
test("@phone a visitor applies, an admin approves, the new secretary activates, signs in and publishes the intro", async ({
  page,
}, testInfo) => {
  // Signing out ends every session of the admin: the phone and desktop runs each have their own.
  const admin = testInfo.project.name === "phone" ? fixtureAdmins.admissionPhone : fixtureAdmins.admission;
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const orgName = `端到端测试${run}科技有限公司团委`;
  const mobile = `17${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  const slug = `e2e-${run}`;
  const password = "Activate2026e2e";

  // 1. The visitor applies from the home page's menu.
  await page.goto("/");
  await tapMenuLink(page, "申请加入");
  await expect(page.getByRole("heading", { level: 1, name: "申请加入青工委" })).toBeVisible();
  await page.getByLabel("团组织全称").fill(orgName);
  await page.getByLabel("单位类别").selectOption("EMERGING_SECTOR");
  await page.getByLabel("团组织类型").selectOption("COMMITTEE");
  await page.getByLabel("所在区域").selectOption("IN");
  await page.getByLabel("单位地址").fill("润州区测试路 8 号");
  await page.getByLabel("团组织书记（负责人）姓名").fill("测试书记");
  await page.getByLabel("书记手机号").fill(mobile);
  await page.getByLabel("书记电子邮箱").fill(`${slug}@example.com`);
  await page.getByLabel("申请加入的原因").fill("希望参与青年志愿服务，共享本单位的活动场地。");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByRole("heading", { name: "申请已提交，感谢您的参与！" })).toBeVisible();
  await expect(page.getByTestId("application-reference")).toHaveText(/^RZ\d{2}-[2-9A-HJKMNP-Z]{6}$/);

  // 2. An admin reviews and approves in the applications section; the link is shown once.
  await signInByTapping(page, admin);
  await expect(page).toHaveURL(/\/admin$/);
  await tapMenuLink(page, "入会申请");
  await expect(page.getByRole("heading", { level: 1, name: "入会申请审核" })).toBeVisible();
  await page.getByRole("link", { name: orgName }).click();
  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await page.getByLabel("单位标识（登录名）").fill(slug);
  await page.getByRole("button", { name: "通过并创建单位" }).click();
  const linkField = page.getByLabel("激活链接");
  await expect(linkField).toHaveValue(/\/activate\/[A-Za-z0-9_-]{43}$/);
  const activationPath = new URL(await linkField.inputValue()).pathname;
  await expect(page.getByText("已通过").first()).toBeVisible();
  await tapMenuItem(page, "button", "退出登录");
  // Signed out: the sign-in link is back (on a phone, inside the menu) and sign-out is gone.
  await expect(
    page.getByRole("link", { name: "登录", exact: true, includeHidden: true }).first(),
  ).toBeAttached();
  await expect(page.getByRole("button", { name: "退出登录", includeHidden: true })).toHaveCount(0);

  // 3. The new secretary opens the link (it arrives by message), chooses a password and signs in.
  await page.goto(activationPath);
  await expect(page.getByRole("heading", { level: 1, name: "激活账号" })).toBeVisible();
  await expect(page.getByText(`登录名：${slug}`)).toBeVisible();
  await page.getByLabel(/^新密码/).fill(password);
  await page.getByLabel(/^再次输入新密码/).fill(password);
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page.getByText("密码已设置，账号已激活。")).toBeVisible();

  // The link works only once.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "链接无法使用" })).toBeVisible();

  await page.getByRole("link", { name: "前往登录" }).click();
  await submitSignIn(page, slug, password);
  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(orgName);

  // 4. The secretary writes the unit's public introduction; visitors see it.
  const intro = `${orgName}团组织欢迎青年朋友参加我们的读书会。`;
  await tapMenuLink(page, "单位资料");
  await page.getByLabel("单位简介").fill(intro);
  await page.getByRole("button", { name: "保存单位资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "单位资料已保存。" })).toBeVisible();
  await page.getByRole("link", { name: "查看公开主页" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(orgName);
  await expect(page.getByRole("region", { name: "单位简介" })).toContainText(intro);
});
