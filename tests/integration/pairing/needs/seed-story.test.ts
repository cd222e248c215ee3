// The demo needs board tells the committee's story: the 2,000 m² plot became the 2023 tree
// planting (closed with its outcome), Chaoyang Community's smartphone lessons wait with two
// offers, and the named units have map points for the distance ordering.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed/index";

let db: PrismaClient;

beforeAll(async () => {
  const connectionString = process.env.DATABASE_URL;
  // Only the per-file database of the integration project: never seed a developer's database.
  if (!connectionString || !process.env.TEST_SERVER_ADMIN_URL) {
    throw new Error("Run this file in the integration project: npx vitest run --project integration");
  }
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  await seedDemoData(db);
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("the demo needs board", () => {
  it("closes the 2,000 m² plot as the 2023 tree planting with its outcome and five accepted units", async () => {
    const need = await db.need.findFirstOrThrow({
      where: { sizeValue: 2000 },
      include: { activity: true, community: true, offers: true },
    });
    expect(need.community.name).toBe("南山街道");
    expect(need.status).toBe("CLOSED");
    expect(need.activity).toMatchObject({ year: 2023, type: "TREE_PLANTING" });
    expect(need.outcome).toContain("200余棵");
    expect(need.offers.map((offer) => offer.status)).toEqual(Array(5).fill("ACCEPTED"));
  });

  it("matches the 10,000 m² long-term site with this year's planting at the forest", async () => {
    const need = await db.need.findFirstOrThrow({ where: { sizeValue: 10000 }, include: { activity: true } });
    expect(need.status).toBe("MATCHED");
    expect(need.activity?.year).toBe(new Date().getUTCFullYear());
  });

  it("leaves Chaoyang Community's smartphone lessons open with two waiting offers", async () => {
    const need = await db.need.findFirstOrThrow({
      where: { community: { name: "朝阳社区" }, title: { contains: "智能手机" } },
      include: { offers: true },
    });
    expect(need.status).toBe("OPEN");
    expect(need.offers.map((offer) => offer.status)).toEqual(["OFFERED", "OFFERED"]);
  });

  it("gives the named units map points", async () => {
    const withPoint = await db.unit.count({ where: { latitude: { not: null }, longitude: { not: null } } });
    expect(withPoint).toBeGreaterThanOrEqual(6);
  });
});
