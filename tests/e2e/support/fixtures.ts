// Records only the end-to-end tests need, added after the demo data so that specs which change
// state (suspending a unit, …) never disturb the demo units other specs read.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { demoPassword } from "./accounts";

export const fixtureUnits = {
  /** Suspended by the authorization spec while its secretary holds a session. */
  suspendable: "e2e-suspendable",
  /** Leads, and joins, the activity of the whole-year flow spec. */
  flowLead: "e2e-flow-lead",
  flowMember: "e2e-flow-member",
} as const;

export async function addE2eFixtures(db: PrismaClient): Promise<void> {
  const passwordHash = await bcrypt.hash(demoPassword, 10);
  for (const slug of Object.values(fixtureUnits)) {
    const unit = await db.unit.create({
      data: {
        name: `端到端测试单位 ${slug}`,
        shortName: "测试单位",
        slug,
        category: "EMERGING_SECTOR",
        orgType: "BRANCH",
        joinedOn: new Date("2024-01-01"),
      },
    });
    await db.user.create({
      data: {
        login: slug,
        name: `测试书记 ${slug}`,
        passwordHash,
        role: "SECRETARY",
        unitRole: "PRIMARY",
        unitId: unit.id,
        activatedAt: new Date(),
      },
    });
  }
}
