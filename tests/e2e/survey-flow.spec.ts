import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { tapAdminSection, tapMenuLink, fieldLabelled } from "./support/nav";

// Surveys end to end: the admin builds a small survey (a single choice, a multiple choice with
// "other", a ranking) and sends it to three demo units; each unit's secretary goes from /my to
// its surveys and answers; the admin's results page shows the counts and percentages those
// three answers make. The bars are drawn for the eye (aria-hidden, their table is the accessible copy), so they are found as list items.
const respondents = [
  { login: "china-post-zhenjiang", name: "中国邮政镇江分公司团委" },
  { login: "ruixiang-tech", name: "瑞祥科技集团团委" },
  { login: "nankunlun-law", name: "江苏南昆仑律师事务所团支部" },
] as const;

// What each unit answers: question 1 single, 2 multiple (+ other text), 3 ranking (places 1..3).
const answers = [
  { single: "每月", multiple: ["读书会", "志愿服务"], other: "", ranking: ["三月", "五月", "十月"] },
  { single: "每月", multiple: ["读书会"], other: "篮球赛", ranking: ["五月", "三月", "十月"] },
  { single: "每季度", multiple: ["志愿服务"], other: "", ranking: ["三月", "十月", "五月"] },
];

let title = "";

// One survey across the steps: they run in order, on the phone (the journeys are the phone's).
test.describe("@phone survey flow", () => {
  test.describe.configure({ mode: "serial" });
  // The narrowest phone the portal is built for; each step is one person's session.
  test.use({ viewport: { width: 390, height: 844 } });

  test("the admin builds a survey of three questions and sends it to three units", async ({
    page: admin,
  }, testInfo) => {
    test.setTimeout(120_000);
    title = `端到端调研${testInfo.project.name}${Date.now().toString(36)}`;
    await signIn(admin, "admin", undefined, "/admin");
    await tapAdminSection(admin, "调研问卷");
    await admin.getByRole("link", { name: "新建问卷" }).click();
    await fieldLabelled(admin, "标题").fill(title);
    await admin.getByRole("button", { name: "创建问卷" }).click();
    await expect(admin).toHaveURL(/\/admin\/surveys\/\d+$/);
    await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();

    const add = admin.getByRole("form", { name: "添加题目" });
    const addQuestion = async (
      number: number,
      kind: string,
      prompt: string,
      options: string[],
      other = false,
    ) => {
      await add.getByLabel("题型").selectOption({ label: kind });
      await fieldLabelled(add, "题目").fill(prompt);
      await fieldLabelled(add, "选项").fill(options.join("\n"));
      if (other) await add.getByLabel("允许填写“其他”").check();
      await add.getByRole("button", { name: "添加题目" }).click();
      await expect(admin.getByRole("heading", { name: `第 ${number} 题` })).toBeVisible();
    };
    await addQuestion(1, "单选", "活动频次", ["每月", "每季度"]);
    await addQuestion(2, "多选", "希望的活动类型", ["读书会", "交流联谊", "志愿服务"], true);
    await addQuestion(3, "排序", "月份意向", ["三月", "五月", "十月"]);

    await admin.getByLabel("选定的单位").check();
    for (const unit of respondents) await fieldLabelled(admin, unit.name).check();
    await admin.getByRole("button", { name: "发送问卷" }).click();
    // Sent: the page turns from the builder into the survey's progress.
    await expect(admin.getByText("已填 0 / 3 个单位")).toBeVisible();
  });

  for (const [index, unit] of respondents.entries()) {
    test(`${unit.name} answers from its surveys`, async ({ page }) => {
      test.setTimeout(90_000);
      const answer = answers[index]!;
      await signIn(page, unit.login, undefined, "/my");
      await tapMenuLink(page, "调研问卷");
      await page.getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await fieldLabelled(page, answer.single).check();
      for (const option of answer.multiple) await fieldLabelled(page, option).check();
      if (answer.other) {
        await fieldLabelled(page, "其他").check();
        await page.getByLabel("请填写“其他”的内容").fill(answer.other);
      }
      for (const [place, option] of answer.ranking.entries())
        await page.getByLabel(`第 ${place + 1} 位`).selectOption({ label: option });
      await page.getByRole("button", { name: "提交答卷" }).click();
      await expect(page.getByText("答卷已保存，截止前仍可修改。")).toBeVisible();
    });
  }

  test("the results show each question's counts and percentages", async ({ page: admin }) => {
    test.setTimeout(90_000);
    await signIn(admin, "admin", undefined, "/admin/surveys");
    await admin.getByRole("link", { name: title }).click();
    await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await admin.getByRole("link", { name: "查看结果" }).click();
    await expect(admin.getByText("3 / 3 个单位已填写")).toBeVisible();

    const single = admin.getByRole("region", { name: "1. 活动频次" });
    await expect(single).toContainText("3 个填写单位中 3 个作答");
    await expect(single.locator("li").filter({ hasText: "每月" })).toContainText("2（66.7%）");
    await expect(single.locator("li").filter({ hasText: "每季度" })).toContainText("1（33.3%）");

    // Multiple choice: shares of the three units, so they add up to more than 100 %.
    const multiple = admin.getByRole("region", { name: "2. 希望的活动类型" });
    await expect(multiple.locator("li").filter({ hasText: "读书会" })).toContainText("2（66.7%）");
    await expect(multiple.locator("li").filter({ hasText: "交流联谊" })).toContainText("0（0%）");
    await expect(multiple.locator("li").filter({ hasText: "志愿服务" })).toContainText("2（66.7%）");
    await expect(multiple.locator("li").filter({ hasText: /^其他/ })).toContainText("1（33.3%）");
    await expect(multiple).toContainText("篮球赛");

    const ranking = admin.getByRole("region", { name: "3. 月份意向" });
    await expect(ranking.locator("li").filter({ hasText: "三月" })).toContainText(
      "平均第 1.33 位 · 2 次排第一",
    );
    await expect(ranking.locator("li").filter({ hasText: "五月" })).toContainText("平均第 2 位 · 1 次排第一");
    await expect(ranking.locator("li").filter({ hasText: "十月" })).toContainText(
      "平均第 2.67 位 · 0 次排第一",
    );

    // The table alternative carries the same figures.
    await single.getByText("以表格查看").click();
    await expect(single.getByRole("row", { name: /每月/ })).toContainText("66.7%");
  });
});
