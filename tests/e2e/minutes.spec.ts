import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureMeetings, fixtureUnits } from "./support/fixtures";

// The admin and the host unit's secretary open the minutes of the same meeting at the same
// version in two browsers. The admin saves first; the secretary's save is refused with both
// texts, merged and saved; the versions page shows the diff; the admin publishes and the
// editor becomes read-only for both.

async function openAs(browser: Browser, login: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login, undefined, path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  return page;
}

test("two writers edit the same minutes: conflict, merge, diff, publish", async ({ browser }) => {
  const meetingId = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Meeting" WHERE title = $1`, [
      fixtureMeetings.minutes,
    ]);
    return rows[0]!.id;
  });
  const path = `/meetings/${meetingId}/minutes`;
  const admin = await openAs(browser, accounts.admin, path);
  const host = await openAs(browser, fixtureUnits.meetingHost, path);
  for (const page of [admin, host]) {
    await expect(page.getByRole("heading", { name: "编写纪要" })).toBeVisible();
    await expect(page.getByText("尚未保存任何版本")).toBeVisible();
  }

  // The admin saves version 1; the live preview renders the Markdown.
  const adminText = "# 会议纪要\n\n一、会议由团区委主持。";
  await admin.getByLabel("纪要正文（Markdown）").fill(adminText);
  await expect(admin.getByRole("heading", { name: "会议纪要", level: 1 })).toBeVisible();
  await admin.getByRole("button", { name: "保存新版本" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "纪要已保存为第 1 版" })).toBeVisible();

  // A giant paste is refused in the browser before sending, and stays in the textarea.
  const giant = "纪".repeat(200_001);
  await host.getByLabel("纪要正文（Markdown）").fill(giant);
  await host.getByRole("button", { name: "保存新版本" }).click();
  await expect(host.getByText("当前多出 1 个字符")).toBeVisible();
  await expect(host.getByLabel("纪要正文（Markdown）")).toHaveValue(giant);

  // The secretary, still on the empty text, saves: refused, both texts shown, nothing lost.
  const hostText = "# 会议纪要\n\n一、会议由青工委主持。\n二、下次会议四月召开。";
  await host.getByLabel("纪要正文（Markdown）").fill(hostText);
  await host.getByRole("button", { name: "保存新版本" }).click();
  await expect(host.getByRole("alert").filter({ hasText: "已被他人修改" })).toBeVisible();
  await expect(host.getByRole("heading", { name: "纪要已被他人修改" })).toBeVisible();
  await expect(host.getByTestId("conflict-yours")).toContainText("二、下次会议四月召开。");
  await expect(host.getByTestId("conflict-theirs")).toContainText("一、会议由团区委主持。");
  const merge = host.getByLabel("合并后的正文");
  await expect(merge).toHaveValue(hostText);
  const merged = "# 会议纪要\n\n一、会议由团区委主持。\n二、下次会议四月召开。";
  await merge.fill(merged);
  await host.getByRole("button", { name: "保存合并结果" }).click();
  await expect(host.getByRole("status").filter({ hasText: "纪要已保存为第 2 版" })).toBeVisible();
  await expect(host.getByLabel("纪要正文（Markdown）")).toHaveValue(merged);

  // Typing autosaves a draft; reopening the editor offers it back.
  await host.getByLabel("纪要正文（Markdown）").fill(`${merged}\n三、草稿中的补充。`);
  await expect(host.getByRole("status").filter({ hasText: "自动保存" })).toContainText("草稿已于", {
    timeout: 15_000,
  });
  await host.reload();
  await expect(host.getByLabel("纪要正文（Markdown）")).toHaveValue(merged);
  await host.getByRole("button", { name: "恢复草稿" }).click();
  await expect(host.getByLabel("纪要正文（Markdown）")).toHaveValue(`${merged}\n三、草稿中的补充。`);

  // The versions page compares the last two versions by default.
  await admin.getByRole("link", { name: "版本历史与对比" }).click();
  await expect(admin.getByRole("heading", { name: "第 1 版 → 第 2 版" })).toBeVisible();
  await expect(admin.getByText("新增 1 行，删除 0 行")).toBeVisible();
  await expect(admin.getByRole("list", { name: "第 1 版 → 第 2 版" })).toContainText(
    "二、下次会议四月召开。",
  );

  // The admin publishes; both editors are read-only afterwards.
  await admin.getByRole("link", { name: "返回编辑" }).first().click();
  await expect(admin).toHaveURL(new RegExp(`${path}$`));
  await admin.getByRole("button", { name: "发布纪要" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "只能查看" })).toBeVisible();
  await expect(admin.getByLabel("纪要正文（Markdown）")).toHaveCount(0);
  await host.reload();
  await expect(host.getByRole("status").filter({ hasText: "只能查看" })).toBeVisible();
  await expect(host.getByLabel("纪要正文（Markdown）")).toHaveCount(0);
  await expect(host.getByRole("button", { name: "添加勘误" })).toBeVisible();
});
