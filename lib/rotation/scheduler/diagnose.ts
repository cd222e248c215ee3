// Why no schedule keeps the hard rules. A schedule exists exactly when (a bipartite degree-
// bounds theorem, Hoffman's circulation theorem specialised to units × months) no unit wants
// more months than it may serve, and for every set Y of duty months:
//   overload:  Σ_u max(0, times_u − |allowed_u \ Y|) ≤ ⌈T/M⌉·|Y|   (duties forced into Y fit)
//   underfill: Σ_u min(times_u, |allowed_u ∩ Y|)   ≥ ⌊T/M⌋·|Y|   (Y can be filled to the floor)
// Each condition is one maximum flow; when it falls short, the source side of the minimum cut
// (nodes reachable in the residual network) is a set Y that breaks it, named in the reason.
import { NetworkBuilder, initialState, maxFlow, reachableFrom } from "./flow-graph";
import type { NormalInput } from "./normalize";
import type { Infeasibility, Month } from "./types";

export function findTooManyTimes(input: NormalInput): Infeasibility[] {
  return input.units
    .filter((unit) => unit.times > unit.allowed.length)
    .map((unit) => ({
      kind: "tooManyTimes",
      unitId: unit.unitId,
      times: unit.times,
      available: unit.allowed,
    }));
}

/** Units × months graph with the given per-unit and per-month capacities, in either direction. */
function bipartiteCut(
  input: NormalInput,
  monthCapacity: number,
  unitsFirst: boolean,
): { flow: number; cutMonths: Month[] } {
  const builder = new NetworkBuilder();
  const source = builder.addNode();
  const sink = builder.addNode();
  const unitNodes = input.units.map(() => builder.addNode());
  const monthNodes = new Map(input.months.map((month) => [month, builder.addNode()]));
  input.units.forEach((unit, index) => {
    const node = unitNodes[index]!;
    if (unitsFirst) builder.addEdge(source, node, unit.times, 0);
    else builder.addEdge(node, sink, unit.times, 0);
    for (const month of unit.allowed) {
      const monthNode = monthNodes.get(month)!;
      if (unitsFirst) builder.addEdge(node, monthNode, 1, 0);
      else builder.addEdge(monthNode, node, 1, 0);
    }
  });
  for (const node of monthNodes.values()) {
    if (unitsFirst) builder.addEdge(node, sink, monthCapacity, 0);
    else builder.addEdge(source, node, monthCapacity, 0);
  }
  const network = builder.build();
  const state = initialState(network);
  const flow = maxFlow(network, state, source, sink);
  const sourceSide = reachableFrom(network, state, source);
  const cutMonths = input.months.filter((month) => sourceSide[monthNodes.get(month)!]);
  return { flow, cutMonths };
}

function findOverload(input: NormalInput): Infeasibility | null {
  const { flow, cutMonths } = bipartiteCut(input, input.maxLoad, true);
  if (flow >= input.total) return null;
  const inCut = new Set(cutMonths);
  let demand = 0;
  const unitIds: number[] = [];
  for (const unit of input.units) {
    const forced = unit.times - unit.allowed.filter((month) => !inCut.has(month)).length;
    if (forced <= 0) continue;
    demand += forced;
    unitIds.push(unit.unitId);
  }
  const capacity = input.maxLoad * cutMonths.length;
  return demand > capacity
    ? { kind: "monthsOverloaded", months: cutMonths, unitIds, capacity, demand }
    : null;
}

function findUnderfill(input: NormalInput): Infeasibility | null {
  const { flow, cutMonths } = bipartiteCut(input, input.minLoad, false);
  if (flow >= input.minLoad * input.months.length) return null;
  const inCut = new Set(cutMonths);
  let possible = 0;
  const unitIds: number[] = [];
  for (const unit of input.units) {
    const reachable = unit.allowed.filter((month) => inCut.has(month)).length;
    if (unit.times === 0 || reachable === 0) continue;
    possible += Math.min(unit.times, reachable);
    unitIds.push(unit.unitId);
  }
  const needed = input.minLoad * cutMonths.length;
  return possible < needed
    ? { kind: "monthsUnderfilled", months: cutMonths, unitIds, needed, possible }
    : null;
}

/**
 * The reasons no schedule can keep the hard rules (empty when one can). Units that cannot serve
 * often enough are reported alone, since every other count depends on them.
 */
export function diagnoseInfeasibility(input: NormalInput): Infeasibility[] {
  if (input.months.length === 0) return input.total > 0 ? [{ kind: "noDutyMonths" }] : [];
  const tooMany = findTooManyTimes(input);
  if (tooMany.length > 0) return tooMany;
  return [findOverload(input), findUnderfill(input)].filter((reason) => reason !== null);
}
