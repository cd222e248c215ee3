// The rotation scheduler (活动轮值): the public entry point. Other modules import only from here.
import { buildCostNetwork, readAssignments, type CostNetwork } from "./build-network";
import { diagnoseInfeasibility, findTooManyTimes } from "./diagnose";
import { evaluateNormal } from "./evaluate";
import { flowOn, initialState, lockEdge, type FlowState } from "./flow-graph";
import { initializePotentials, sendFlow } from "./min-cost-flow";
import { normalizeInput, type NormalInput } from "./normalize";
import { searchPairs } from "./search-pairs";
import type { Infeasibility, RotationInput, ScheduleResult } from "./types";

export * from "./types";
export { evaluateSchedule, type Evaluation } from "./evaluate";
export { defaultWeights } from "./normalize";

/**
 * An optimal schedule for the year — minimal for the cost documented at evaluateSchedule among
 * all schedules that keep the hard rules — or the reasons none keeps them. Exact: a minimum-cost
 * flow (build-network.ts) gives the optimum without requested pairs, and branch and bound over
 * such flows (search-pairs.ts) adds the pairs (only dozens of requested pairs can exhaust that
 * search's budget; the schedule then still keeps every rule, see scheduleRotationWithStatus).
 * Deterministic: the input is put in canonical order first, so the same units, months and
 * pairs give the same schedule in any input order.
 * Assignments are sorted by month, then unit id.
 */
export function scheduleRotation(input: RotationInput): ScheduleResult {
  return scheduleRotationWithStatus(input).result;
}

/**
 * scheduleRotation, also saying whether the schedule is proven optimal: always, except when
 * dozens of requested pairs exhaust the search budget (search-pairs.ts); the admin page may
 * then say "best found" instead of "optimal".
 */
export function scheduleRotationWithStatus(input: RotationInput): {
  result: ScheduleResult;
  proven: boolean;
} {
  const normal = normalizeInput(input);
  if (normal.months.length === 0 || normal.total === 0) {
    const reasons = diagnoseInfeasibility(normal);
    if (reasons.length > 0) return { result: { ok: false, reasons }, proven: true };
    return { result: { ok: true, assignments: [], cost: evaluateNormal(normal, []).cost }, proven: true };
  }
  const tooMany = findTooManyTimes(normal);
  if (tooMany.length > 0) return { result: { ok: false, reasons: tooMany }, proven: true };

  const built = buildCostNetwork(normal);
  const root = solveWithoutPairs(normal, built);
  if (!root) return { result: { ok: false, reasons: explainInfeasible(normal) }, proven: true };

  const best = searchPairs(normal, built, root);
  const assignments = readAssignments(
    built,
    best.state,
    normal.units.map((unit) => unit.unitId),
  );
  const { cost, violations } = evaluateNormal(normal, assignments);
  // Cannot happen if the flow model is right; never hand out a schedule that breaks a rule.
  if (violations.length > 0 || cost.total !== best.cost)
    return { result: { ok: false, reasons: explainInfeasible(normal, assignments.length) }, proven: true };
  return { result: { ok: true, assignments, cost }, proven: best.proven };
}

/** The optimal flow ignoring pairs, with the month minimums locked; null when none is feasible. */
function solveWithoutPairs(input: NormalInput, built: CostNetwork): FlowState | null {
  const { network, source, sink, lowerEdges } = built;
  const state = initialState(network);
  initializePotentials(network, state);
  if (sendFlow(network, state, source, sink, input.total) < input.total) return null;
  for (const edge of lowerEdges) if (flowOn(network, state, edge) < network.capacity[edge]!) return null;
  for (const edge of lowerEdges) lockEdge(state, edge);
  return state;
}

function explainInfeasible(input: NormalInput, placed = 0): Infeasibility[] {
  const reasons = diagnoseInfeasibility(input);
  if (reasons.length > 0) return reasons;
  // Only reachable through a bug: say that the months could not be filled, naming everyone.
  return [
    {
      kind: "monthsUnderfilled",
      months: input.months,
      unitIds: input.units.map((unit) => unit.unitId),
      needed: input.total,
      possible: placed,
    },
  ];
}
