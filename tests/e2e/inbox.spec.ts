import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { signIn } from "./support/accounts";
import { withDatabase } from "./support/database";

// Chaoyang Community's secretary finds new notifications behind the header's "消息" badge,
// reads them in the inbox and the badge goes away. Notifications are written straight into
// the database: the flows that create them are tested elsewhere.

const marker = `端到端 ${Date.now()}`;

test("a secretary sees the unread badge, opens the inbox and marks messages read", async ({ page }) => {
  await withDatabase(async (client) => {
    const user = await client.query<{ id: number }>(
      `SELECT id FROM "User" WHERE login = 'chaoyang-community'`,
    );
    const activity = await client.query<{ id: number }>(
      `SELECT a.id FROM "Activity" a JOIN "PlanYear" p ON p.year = a.year WHERE p.status = 'PUBLISHED' ORDER BY a.id LIMIT 1`,
    );
    const userId = user.rows[0]!.id;
    // Start from a known state: whatever the seed or other specs left is read.
    await client.query(
      `UPDATE "Notification" SET "readAt" = now() WHERE "userId" = $1 AND "readAt" IS NULL`,
      [userId],
    );
    for (const [kind, values] of [
      ["ACTIVITY_JOINED", { unit: "中国邮政", title: `读书会 ${marker}`, headcount: 8 }],
      ["ACTIVITY_CANCELLED", { title: `联谊 ${marker}`, reason: "场地维修" }],
    ] as const) {
      await client.query(
        `INSERT INTO "Notification" ("userId", kind, "activityId", "values") VALUES ($1, $2, $3, $4::jsonb)`,
        [userId, kind, activity.rows[0]!.id, JSON.stringify(values)],
      );
    }
  });

  await signIn(page, "chaoyang-community");
  await expect(page).toHaveURL(/\/my$/);
  const mainNav = page.getByRole("navigation", { name: "主导航" });
  const inboxLink = mainNav.getByRole("link", { name: /^消息/ });
  await expect(inboxLink).toHaveAccessibleName(/2 条未读/);

  await inboxLink.click();
  await expect(page).toHaveURL(/\/my\/inbox$/);
  await expect(page.getByRole("heading", { level: 1, name: "消息" })).toBeVisible();
  const joined = `中国邮政 报名参加了您牵头的活动“读书会 ${marker}”（8 人）`;
  await expect(page.getByText(joined)).toBeVisible();
  await expect(page.getByText(`您报名参加的活动“联谊 ${marker}”已取消，原因：场地维修`)).toBeVisible();
  // Each message links to its subject through /my/inbox/<id>, which marks it read on the way.
  await expect(page.getByRole("link", { name: joined })).toHaveAttribute("href", /\/my\/inbox\/\d+$/);

  await page.getByRole("button", { name: `将消息“${joined}”标为已读` }).click();
  await expect(page.getByRole("button", { name: `将消息“${joined}”标为已读` })).toHaveCount(0);
  await expect(inboxLink).toHaveAccessibleName(/1 条未读/);

  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByText("没有未读消息")).toBeVisible();
  await expect(inboxLink).toHaveAccessibleName("消息");
});

test("the plan's calendar feed parses and links back to the activity pages", async ({ request, baseURL }) => {
  const response = await request.get("/plan.ics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events.length).toBeGreaterThan(0);
  for (const vevent of events) {
    const event = new ICAL.Event(vevent);
    expect(event.uid).toMatch(/^activity-\d+@runzhou-youth$/);
    expect(event.startDate.isDate).toBe(true);
    expect(String(vevent.getFirstPropertyValue("url"))).toMatch(/\/activities\/\d+$/);
  }
  // The first event's link opens its public page.
  const url = new URL(String(events[0]!.getFirstPropertyValue("url")));
  const page = await request.get(new URL(url.pathname, baseURL).toString());
  expect(page.status()).toBe(200);

  // The demo data's 2027 list is a draft: no feed for it.
  expect((await request.get("/plan.ics?year=2027")).status()).toBe(404);
});
