// The cast of the decision-writing tests, fresh before each test: a meeting held two days ago,
// hosted by one unit with another (the decisions' owner) invited, both units' secretaries and an
// admin.
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createMeeting } from "@/tests/factories/meetings";

export async function createDecisionMeeting() {
  const host = await createUnit();
  const owner = await createUnit();
  const hostSecretary = await createSecretary(host.id);
  const ownerSecretary = await createSecretary(owner.id);
  const admin = await createAdmin();
  const meeting = await createMeeting({
    hostUnitId: host.id,
    startsInHours: -48,
    invite: [host.id, owner.id],
  });
  return { host, owner, hostSecretary, ownerSecretary, admin, meeting };
}

export type DecisionMeeting = Awaited<ReturnType<typeof createDecisionMeeting>>;
