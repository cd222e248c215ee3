"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { pairingChanged } from "@/lib/core/site/revalidate-public";
import { unitPageOf } from "@/lib/core/site/unit-pages";
import { addPairingUnit as addUnit, removePairingUnit as removeUnit } from "./change-pairing-units";
import { changePairingStatus as changeStatus } from "./change-pairing-status";
import { createPairing as create } from "./create-pairing";
import { proposePairing as propose } from "./propose-pairing";
import {
  changePairingStatusSchema,
  createPairingSchema,
  pairingUnitSchema,
  proposePairingSchema,
} from "./schemas";

// Pairings (结对挂钩): a secretary proposes one for their own unit (pairing.propose; the unit
// is always the actor's, never one from the form); admins create, decide and change them
// (pairings.manage). Every change expires the public list, the pairing's page and the pages of
// its units and community; which units and community is what the committed mutation returned
// (kept in `changed`: runAction calls revalidate only after run succeeded).

const workspace = ["/my/pairings", "/admin/pairings"];

export async function proposeMyPairing(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: proposePairingSchema,
    authorize: "pairing.propose",
    run: async (input, actor) => success("pairing.pairings.proposed", { id: await propose(actor, input) }),
    // A proposal is not public yet: only the workspace lists show it.
    revalidate: workspace,
  });
}

export async function createPairing(_previous: FormState, formData: FormData): Promise<FormState> {
  let changed: RevalidationInput = {};
  return runAction(formData, {
    schema: createPairingSchema,
    authorize: "pairings.manage",
    run: async (input, actor) => {
      const id = await create(actor, input);
      changed = { id, communityId: input.communityId, unitIds: input.unitIds };
      return success("pairing.pairings.created", { id });
    },
    revalidate: async () => [...workspace, ...(await pagesOf(changed))],
  });
}

export async function changePairingStatus(_previous: FormState, formData: FormData): Promise<FormState> {
  let changed: RevalidationInput = {};
  return runAction(formData, {
    schema: changePairingStatusSchema,
    authorize: "pairings.manage",
    run: async (input, actor) => {
      const result = await changeStatus(actor, input);
      changed = { id: result.pairingId, communityId: result.communityId, unitSlugs: result.unitSlugs };
      return success(`pairing.pairings.done.${input.transition}`, { status: result.status });
    },
    revalidate: async (input) => [
      ...workspace,
      `/admin/pairings/${input.pairingId}`,
      ...(await pagesOf(changed)),
    ],
  });
}

export async function addPairingUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  let changed: RevalidationInput = {};
  return runAction(formData, {
    schema: pairingUnitSchema,
    authorize: "pairings.manage",
    run: async (input, actor) => {
      const result = await addUnit(actor, input);
      changed = { id: result.pairingId, communityId: result.communityId, unitSlugs: result.unitSlugs };
      return success("pairing.pairings.unitAdded");
    },
    revalidate: async (input) => [
      ...workspace,
      `/admin/pairings/${input.pairingId}`,
      ...(await pagesOf(changed)),
    ],
  });
}

export async function removePairingUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  let changed: RevalidationInput = {};
  return runAction(formData, {
    schema: pairingUnitSchema,
    authorize: "pairings.manage",
    run: async (input, actor) => {
      const result = await removeUnit(actor, input);
      changed = { id: result.pairingId, communityId: result.communityId, unitSlugs: result.unitSlugs };
      return success("pairing.pairings.unitRemoved");
    },
    revalidate: async (input) => [
      ...workspace,
      `/admin/pairings/${input.pairingId}`,
      ...(await pagesOf(changed)),
    ],
  });
}

type RevalidationInput = { id?: number; communityId?: number; unitSlugs?: string[]; unitIds?: number[] };

/** The public pages a committed change shows on (unit pages by slug; an admin's form sends ids). */
async function pagesOf({ unitIds = [], ...change }: RevalidationInput) {
  const byId = (await Promise.all(unitIds.map((unitId) => unitPageOf(unitId)))).flat();
  return [...pairingChanged(change), ...byId];
}
