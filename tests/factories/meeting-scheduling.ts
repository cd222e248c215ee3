// The meetings slice's test helpers: units with a secretary, and scheduling form fields.
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import { createSecretary, createUnit } from "./index";
import { asActor } from "./reports";

const hour = 3_600_000;

/** An active unit with its primary secretary, as a signed-in actor. */
export async function createInvitedUnit(overrides: Parameters<typeof createUnit>[0] = {}) {
  const unit = await createUnit(overrides);
  const user = await createSecretary(unit.id);
  return { unit, user, actor: asActor(user) };
}

/** Valid fields of the scheduling form, starting `startsInHours` from now (Beijing time). */
export function meetingFields(invite: number[], startsInHours = 72, overrides: Record<string, string> = {}) {
  const startsAt = new Date(Date.now() + startsInHours * hour);
  return {
    kind: "JOINT",
    title: `联席会议${Math.random().toString(36).slice(2, 8)}`,
    startsAt: toBeijingLocalInput(startsAt),
    endsAt: toBeijingLocalInput(new Date(startsAt.getTime() + 2 * hour)),
    place: "区委三楼会议室",
    invite: invite.map(String),
    ...overrides,
  };
}

export { asActor };
