import { expect, test, type Page } from "@playwright/test";
import { withDatabase } from "./support/database";
import { fixtureUnits } from "./support/fixtures";

// A far year of its own (2037), so no other spec's rotation or list meets this one: a published
// schedule puts e2e-flow-lead on duty in March, and it leads a March activity of 2037's
// published list. Visitors see the unit in March, linking to its profile and to the activity.
const year = 2037;
const title = "E2E 轮值月植树活动";
const unitName = `端到端测试单位 ${fixtureUnits.flowLead}`;

let activityId: number;

test.beforeAll(async () => {
  activityId = await withDatabase(async (client) => {
    // Idempotent: the phone and desktop projects both run this file against one database.
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(-7099, $1::int)", [year]);
    await client.query(
      `INSERT INTO "PlanYear" (year, title, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, 'PUBLISHED', now(), now()) ON CONFLICT (year) DO NOTHING`,
      [year, `${year}年度润州青年工作委员会活动清单（测试）`],
    );
    await client.query(
      `INSERT INTO "RotationYear" (year, "dutyMonths", "updatedAt")
       VALUES ($1, '{2,3,4,5,6,7,8,9,10,11,12}', now()) ON CONFLICT (year) DO NOTHING`,
      [year],
    );
    const unit = await client.query<{ id: number }>(`SELECT id FROM "Unit" WHERE slug = $1`, [
      fixtureUnits.flowLead,
    ]);
    const unitId = unit.rows[0]!.id;
    const existing = await client.query<{ id: number }>(
      `SELECT id FROM "RotationSchedule" WHERE year = $1 AND status = 'PUBLISHED'`,
      [year],
    );
    let scheduleId = existing.rows[0]?.id;
    if (scheduleId === undefined) {
      const created = await client.query<{ id: number }>(
        `INSERT INTO "RotationSchedule" (year, number, status, "createdById", "publishedAt", "updatedAt")
         SELECT $1, 1, 'PUBLISHED', id, now(), now() FROM "User" WHERE login = 'admin'
         RETURNING id`,
        [year],
      );
      scheduleId = created.rows[0]!.id;
      await client.query(
        `INSERT INTO "RotationAssignment" ("scheduleId", "unitId", month) VALUES ($1, $2, 3)`,
        [scheduleId, unitId],
      );
    }
    const found = await client.query<{ id: number }>(
      `SELECT id FROM "Activity" WHERE year = $1 AND title = $2`,
      [year, title],
    );
    const id =
      found.rows[0]?.id ??
      (
        await client.query<{ id: number }>(
          `INSERT INTO "Activity" (year, title, type, commitment, "plannedMonth", "leadUnitId", status,
             "claimedAt", "updatedAt")
           VALUES ($1, $2, 'VOLUNTEER_SERVICE', 'LIVELIHOOD', 3, $3, 'CLAIMED', now(), now())
           RETURNING id`,
          [year, title, unitId],
        )
      ).rows[0]!.id;
    await client.query("COMMIT");
    return id;
  });
});

async function openRotation(page: Page) {
  await page.goto(`/rotation?year=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: `${year}年活动轮值表` })).toBeVisible();
  return page.getByRole("list", { name: `${year}年各月值月单位` });
}

test("a visitor sees March's duty unit linking to the unit and to the activity it leads", async ({
  page,
}) => {
  const months = await openRotation(page);
  await expect(page.getByText(/第 1 版，\d{4}-\d{2}-\d{2} 发布/)).toBeVisible();
  await expect(page.getByRole("link", { name: `${year}年`, exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(months.locator(":scope > li")).toHaveCount(12);

  const march = months.getByRole("listitem", { name: "3月", exact: true });
  await expect(march.getByRole("link", { name: unitName })).toHaveAttribute(
    "href",
    `/units/${fixtureUnits.flowLead}`,
  );
  const activity = march.getByRole("link", { name: title });
  await expect(activity).toHaveAttribute("href", `/activities/${activityId}`);
  // A month without duty says why: the committee's setting (January here), or nobody placed yet.
  await expect(months.getByRole("listitem", { name: "1月", exact: true })).toContainText(
    "本月不安排轮值：由团工委设定",
  );
  await expect(months.getByRole("listitem", { name: "2月", exact: true })).toContainText("暂未安排");

  await activity.click();
  await expect(page).toHaveURL(new RegExp(`/activities/${activityId}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("the rotation reads on a phone without sideways scrolling @phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const months = await openRotation(page);
  const march = months.getByRole("listitem", { name: "3月", exact: true });
  await expect(march.getByRole("link", { name: title })).toBeVisible();
  await expect(march.getByRole("link", { name: unitName })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a year without a published rotation says so", async ({ page }) => {
  await page.goto("/rotation?year=2099");
  await expect(page.getByRole("heading", { name: "2099年的轮值表尚未发布" })).toBeVisible();
  await expect(page.getByRole("link", { name: `${year}年`, exact: true })).toBeVisible();
});

test("the reminder run cannot be triggered without the cron secret", async ({ request }) => {
  // 404 while CRON_SECRET is unset (as in these runs), 401 once it is set: never a run.
  for (const headers of [{}, { authorization: "Bearer wrong-secret" }] as Array<Record<string, string>>) {
    const response = await request.post("/api/cron/rotation-reminders", { headers });
    expect([401, 404]).toContain(response.status());
  }
});
