import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { tapMenuItem, fieldLabelled } from "./support/nav";
import { COMMUNITIES } from "../../prisma/seed/venues-communities";

// Communities and subdistricts (社区 / 街道): an admin adds a community in a subdistrict that
// does not exist yet, finds it grouped under that subdistrict, and taps through to its public
// page (the members-only contact comes from its island) and the public list — in both languages.

const text = {
  "zh-CN": {
    adminNav: "管理后台栏目",
    section: "社区与街道",
    add: "添加社区",
    create: "添加社区",
    subdistrict: "所属街道",
    name: "社区名称",
    address: "地址",
    latitude: "纬度",
    longitude: "经度",
    contactName: "联系人（仅成员可见）",
    contactPhone: "联系电话（仅成员可见）",
    backToList: "返回社区列表",
    viewPublic: "查看公开页面",
    allCommunities: "全部社区",
    publicTitle: "社区",
  },
  en: {
    adminNav: "Admin sections",
    section: "Communities",
    add: "Add a community",
    create: "Add the community",
    subdistrict: "Subdistrict",
    name: "Community name",
    address: "Address",
    latitude: "Latitude",
    longitude: "Longitude",
    contactName: "Contact person (members only)",
    contactPhone: "Contact phone (members only)",
    backToList: "Back to the communities",
    viewPublic: "View the public page",
    allCommunities: "All communities",
    publicTitle: "Communities",
  },
} as const;

type Locale = keyof typeof text;

async function addCommunity(page: Page, locale: Locale, names: { subdistrict: string; community: string }) {
  const t = text[locale];
  await tapMenuItem(page, "link", t.section, true, t.adminNav);
  await page.getByRole("link", { name: t.add }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.add })).toBeVisible();
  await page.getByLabel(t.subdistrict).fill(names.subdistrict);
  await page.getByLabel(t.name).fill(names.community);
  await fieldLabelled(page, t.address).fill("镇江市润州区南山路 18 号");
  await page.getByLabel(t.latitude).fill("32.172300");
  await page.getByLabel(t.longitude).fill("119.431100");
  await page.getByLabel(t.contactName).fill("示例·端到端联系人");
  await page.getByLabel(t.contactPhone).fill("0511-85559999");
  await page.getByRole("button", { name: t.create }).click();
  await expect(page).toHaveURL(/\/admin\/communities\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: names.community })).toBeVisible();
}

for (const locale of ["zh-CN", "en"] as const) {
  // The Chinese journey on the phone, the English one on the desktop (see playwright.config.ts).
  test(`${locale === "zh-CN" ? "@phone " : ""}an admin adds a community in a new subdistrict and it shows on the public list (${locale})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    const t = text[locale];
    const suffix = `${testInfo.project.name}${Date.now().toString(36)}`;
    const names = { subdistrict: `端到端街道${suffix}`, community: `端到端社区${suffix}` };

    await signIn(page, accounts.admin, undefined, "/admin");
    if (locale === "en") {
      await page.getByRole("button", { name: "语言 English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
    await addCommunity(page, locale, names);

    // The admin list groups it under its new subdistrict.
    await page.getByRole("link", { name: t.backToList }).click();
    const group = page.getByRole("region", { name: names.subdistrict });
    await expect(group.getByRole("link", { name: names.community })).toBeVisible();
    await group.getByRole("link", { name: names.community }).click();

    // Its public page: the place, and the contact for a signed-in member (from the island).
    await page.getByRole("link", { name: t.viewPublic }).click();
    await expect(page).toHaveURL(/\/communities\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: names.community })).toBeVisible();
    await expect(page.getByText("镇江市润州区南山路 18 号")).toBeVisible();
    await expect(page.getByRole("link", { name: "0511-85559999" })).toBeVisible();

    // The public list, by subdistrict, and back to the community.
    await page.getByRole("link", { name: t.allCommunities }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: t.publicTitle })).toBeVisible();
    const publicGroup = page.getByRole("region", { name: names.subdistrict });
    await publicGroup.getByRole("link", { name: names.community }).click();
    await expect(page.getByRole("heading", { level: 1, name: names.community })).toBeVisible();
  });
}

test("@phone the cached community page carries no contact in its HTML; the island gives it to members", async ({
  request,
}) => {
  const list = await (await request.get("/communities")).text();
  const id = /href="\/communities\/(\d+)"[^>]*>朝阳社区</.exec(list)?.[1];
  expect(id, "朝阳社区 on /communities").toBeTruthy();
  const html = await (await request.get(`/communities/${id}`)).text();
  const contact = COMMUNITIES.find((community) => community.name === "朝阳社区")!;
  expect(html).toContain("朝阳社区");
  expect(html).not.toContain(contact.contactName!);
  expect(html).not.toContain(contact.contactPhone!);
  // Signed out, the island answers only that members see it.
  const island = await request.get(`/api/communities/${id}/contact`);
  expect(await island.json()).toEqual({ contact: { allowed: false } });
});
