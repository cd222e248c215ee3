// The five kinds of caller every server action is tried as (see authorization.test.ts).
import type { FormState } from "@/lib/core/forms/form-state";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";

export const roles = ["anonymous", "secretaryA", "secretaryB", "suspended", "admin"] as const;
export type RoleName = (typeof roles)[number];
export type Outcome = "allowed" | "refused";

export type World = {
  unitA: { id: number; slug: string };
  unitB: { id: number; slug: string };
  users: Record<Exclude<RoleName, "anonymous">, { id: number; name: string }>;
};

export type AuthorizationCase = {
  /** The action's name as exported, e.g. "changePassword". */
  name: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Valid input for the call, made fresh for every role (records created as needed). */
  input: (world: World, role: RoleName) => Promise<FormData> | FormData;
  expected: Record<RoleName, Outcome>;
};

/** Shorthands for the common expectations. */
export const adminOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "refused",
  secretaryB: "refused",
  suspended: "refused",
  admin: "allowed",
};
/** For actions on unit A's records: its secretary and admins. */
export const unitAOrAdmin: Record<RoleName, Outcome> = { ...adminOnly, secretaryA: "allowed" };
export const anySignedIn: Record<RoleName, Outcome> = {
  ...adminOnly,
  secretaryA: "allowed",
  secretaryB: "allowed",
};
export const everybody: Record<RoleName, Outcome> = {
  anonymous: "allowed",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "allowed",
  admin: "allowed",
};

export async function createWorld(): Promise<World> {
  const unitA = await createUnit();
  const unitB = await createUnit();
  const suspendedUnit = await createUnit({ status: "SUSPENDED" });
  return {
    unitA,
    unitB,
    users: {
      secretaryA: await createSecretary(unitA.id),
      secretaryB: await createSecretary(unitB.id),
      suspended: await createSecretary(suspendedUnit.id),
      admin: await createAdmin(),
    },
  };
}

const refusals = new Set(["core.errors.signInRequired", "core.errors.forbidden", "core.errors.noUnit"]);

/** Refused means the policy said no; anything else (success or a domain rule) got past it. */
export function outcomeOf(state: FormState): Outcome {
  return !state.ok && state.message && refusals.has(state.message.key) ? "refused" : "allowed";
}
