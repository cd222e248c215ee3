import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureMeetings } from "./support/fixtures";
import { tapMeetingTab } from "./support/nav";

// The agenda editor (议程): an admin builds the fixture meeting's agenda, reorders it with the
// keyboard, attaches a PDF, and a text file or a program is refused with a message.

async function agendaMeetingId(): Promise<number> {
  return withDatabase(async (client) => {
    const result = await client.query<{ id: number }>('SELECT id FROM "Meeting" WHERE title = $1', [
      fixtureMeetings.agenda,
    ]);
    return result.rows[0]!.id;
  });
}

async function addItem(page: Page, title: string, minutes: string, presenter?: string) {
  const form = page.getByRole("region", { name: "添加议程项" });
  await form.getByLabel("议题").fill(title);
  if (presenter) await form.getByLabel("汇报单位（可选）").selectOption({ label: presenter });
  await form.getByLabel("时长（分钟）").fill(minutes);
  await form.getByRole("button", { name: "添加议程项" }).click();
  await expect(page.getByRole("listitem", { name: title })).toBeVisible();
}

async function itemTitles(page: Page): Promise<string[]> {
  const agenda = page.getByRole("region", { name: "会议议程" });
  return agenda
    .locator("ol > li")
    .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? ""));
}

test("an admin adds two items, moves one up with the keyboard and attaches a PDF", async ({ page }) => {
  const meetingId = await agendaMeetingId();
  const path = `/admin/meetings/${meetingId}/agenda`;
  await signIn(page, accounts.admin, undefined, path);
  await expect(page.getByRole("heading", { level: 1, name: fixtureMeetings.agenda })).toBeVisible();
  await expect(page.getByText("还没有议程项，请在下方添加。")).toBeVisible();

  await addItem(page, "开幕致辞", "10");
  await addItem(page, "年度工作报告", "30", "端到端测试单位 e2e-meeting-host");
  expect(await itemTitles(page)).toEqual(["开幕致辞", "年度工作报告"]);
  await expect(page.getByText("合计 40 分钟")).toBeVisible();

  // Reorder with the keyboard only: focus the button, press Enter; the new place is announced.
  await page.getByRole("button", { name: "上移 “年度工作报告”" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "“年度工作报告”已移至第 1 项（共 2 项）。" }),
  ).toBeVisible();
  await expect.poll(() => itemTitles(page)).toEqual(["年度工作报告", "开幕致辞"]);
  await expect(page.getByRole("button", { name: "下移 “年度工作报告”" })).toBeFocused();

  // A PDF is attached and listed; a text file and a program are refused.
  const report = page.getByRole("listitem", { name: "年度工作报告" });
  await report.getByText("编辑 “年度工作报告”").click();
  const upload = async (name: string, mimeType: string, content: string) => {
    await report
      .getByLabel("上传附件")
      .setInputFiles({ name, mimeType, buffer: Buffer.from(content, "latin1") });
    await report.getByRole("button", { name: "上传", exact: true }).click();
  };
  await upload("工作报告.pdf", "application/pdf", "%PDF-1.4\n% e2e\n%%EOF\n");
  await expect(page.getByRole("link", { name: "工作报告.pdf" })).toBeVisible();

  const refused = "只接受 PDF、图片（PNG/JPEG/GIF/WebP）或 Office 文件（doc/docx/xls/xlsx/ppt/pptx）。";
  // The message is tied to the file control (aria-describedby), so it is read out with it.
  const fileInput = report.getByLabel("上传附件");
  await upload("notes.txt", "text/plain", "just some notes");
  await expect(report.getByRole("alert")).toHaveText(refused);
  await expect(fileInput).toHaveAccessibleDescription(new RegExp(refused.replace(/[()（）/.]/g, ".")));
  // A fresh page, so the next refusal cannot be the previous message still showing.
  await page.reload();
  await report.getByText("编辑 “年度工作报告”").click();
  await expect(report.getByRole("alert")).toHaveCount(0);
  await upload("setup.exe", "application/octet-stream", "MZ\x90\x00 program");
  await expect(report.getByRole("alert")).toHaveText(refused);
  await expect(report.getByRole("link")).toHaveCount(1);

  // The meeting's page shows the agenda in its new order, with the file to download.
  await tapMeetingTab(page, "概况与回执");
  await page.getByRole("link", { name: "会议页面", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
  const agenda = page.getByRole("region", { name: "会议议程" });
  await expect(agenda.getByRole("listitem").first()).toContainText("年度工作报告");
  await expect(agenda.getByText("合计 40 分钟")).toBeVisible();
  const link = agenda.getByRole("link", { name: /工作报告\.pdf/ });
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''");
});
