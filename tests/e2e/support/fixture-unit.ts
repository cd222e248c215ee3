import type { PrismaClient } from "../../../lib/generated/prisma/client";

/** A fixture unit with its primary secretary (login = slug, the demo password's hash). */
export async function createFixtureUnit(db: PrismaClient, slug: string, passwordHash: string) {
  const unit = await db.unit.create({
    data: {
      name: `端到端测试单位 ${slug}`,
      shortName: "测试单位",
      slug,
      category: "EMERGING_SECTOR",
      orgType: "BRANCH",
      joinedOn: new Date("2024-01-01"),
      users: {
        create: {
          login: slug,
          name: `测试书记 ${slug}`,
          passwordHash,
          role: "SECRETARY",
          unitRole: "PRIMARY",
          activatedAt: new Date(),
        },
      },
    },
    select: { id: true, users: { select: { id: true } } },
  });
  return { unitId: unit.id, userId: unit.users[0]!.id };
}
