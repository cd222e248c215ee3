import { expect, test, type Page } from "@playwright/test";
import { signIn, submitSignIn } from "./support/accounts";

// The demo unit whose secretary signs in below. Other specs share the seeded database, so the
// unit is suspended only briefly and reactivated in `finally`, whatever happens in between.
const unit = { slug: "nankunlun-law", name: "江苏南昆仑律师事务所团支部" };

async function takeStep(admin: Page, step: "暂停单位" | "恢复单位", reason: string, done: string) {
  const form = admin.getByRole("form", { name: step });
  await form.getByLabel("原因").fill(reason);
  await form.getByRole("button", { name: step }).click();
  await expect(admin.getByRole("status").filter({ hasText: done })).toBeVisible();
}

test("suspending a unit ends its secretary's session; after reactivating they sign in again", async ({
  browser,
}) => {
  const secretaryContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  const admin = await adminContext.newPage();

  await signIn(secretary, unit.slug);
  await expect(secretary).toHaveURL(/\/my$/);
  await expect(secretary.getByRole("heading", { level: 1 })).toHaveText(unit.name);

  await signIn(admin, "admin", undefined, `/admin/units?q=${unit.slug}`);
  await admin.getByRole("link", { name: `管理 ${unit.name}` }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(unit.name);

  let suspended = false;
  try {
    await takeStep(admin, "暂停单位", "端到端测试：暂停后立即恢复", "单位已暂停");
    suspended = true;
    await expect(admin.getByText("正常 → 暂停").first()).toBeVisible();

    // Same browser, same session cookie: the next request finds the unit suspended.
    await secretary.reload();
    await expect(secretary).toHaveURL(/\/login\?callbackUrl=%2Fmy/);
  } finally {
    if (suspended) await takeStep(admin, "恢复单位", "端到端测试：恢复", "单位已恢复");
  }
  await expect(admin.getByText("暂停 → 正常").first()).toBeVisible();

  // The session was revoked, not just refused: reactivating the unit does not revive the old
  // cookie (a copy of it stays worthless); the secretary signs in again. The session is the
  // subject here, so the old cookie asks for /my by URL once more.
  await secretary.goto("/my");
  await expect(secretary).toHaveURL(/\/login\?callbackUrl=%2Fmy/);
  await submitSignIn(secretary, unit.slug);
  await expect(secretary).toHaveURL(/\/my$/);
  await expect(secretary.getByRole("heading", { level: 1 })).toHaveText(unit.name);

  await secretaryContext.close();
  await adminContext.close();
});
