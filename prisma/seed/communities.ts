import type { PrismaClient } from "../../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// A community whose own league branch is a member unit (Community.unitId): Chaoyang
// Community's 团支部 is one of the committee's founding units. It cannot then be paired with
// its own community. Linked after the units and communities exist (venues-communities.ts).
const OWN_BRANCHES: ReadonlyArray<{ community: string; unit: string }> = [
  { community: "朝阳社区", unit: "chaoyang-community" },
];

export async function seedCommunityBranches(tx: Tx): Promise<void> {
  for (const link of OWN_BRANCHES) {
    const unit = await tx.unit.findUniqueOrThrow({ where: { slug: link.unit }, select: { id: true } });
    await tx.community.update({ where: { name: link.community }, data: { unitId: unit.id } });
  }
}
