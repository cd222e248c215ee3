// Every server action, called as anonymous, secretary of unit A, secretary of unit B, a secretary
// of a suspended unit and an admin, is allowed or refused exactly as its table row says.
// Each capability lists its actions in tests/integration/authorization/<capability>.cases.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { initialFormState } from "@/lib/core/forms/form-state";
import { actAs } from "@/tests/integration/helpers/session";
import { createWorld, outcomeOf, roles, type AuthorizationCase, type World } from "./authorization/roles";

const modules = import.meta.glob<{ cases: AuthorizationCase[] }>("./authorization/*.cases.ts", {
  eager: true,
});
const cases = Object.values(modules).flatMap((module) => module.cases);

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe("authorization of server actions", () => {
  it("covers at least one action per capability file", () => {
    expect(cases.length).toBeGreaterThanOrEqual(Object.keys(modules).length);
  });

  describe.each(cases)("$name", (testCase) => {
    it.each(roles)("as %s", async (role) => {
      actAs(role === "anonymous" ? null : world.users[role]);
      const state = await testCase.action(initialFormState, await testCase.input(world, role));
      expect(outcomeOf(state), JSON.stringify(state.message)).toBe(testCase.expected[role]);
    });
  });
});
