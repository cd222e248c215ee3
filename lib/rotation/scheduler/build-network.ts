import { NetworkBuilder, flowOn, type FlowNetwork, type FlowState } from "./flow-graph";
import { preferenceCostOf, repeatCostOf, type NormalInput } from "./normalize";
import type { Assignment, Month } from "./types";

/**
 * The cost network of a year, whose minimum-cost flows of value T = Σ times are exactly the
 * optimal schedules when requested pairs are ignored:
 *
 *   source ─(times, 0)→ unit ─(1, preference + repeat)→ (category, month) ─→ month ─→ sink
 *
 * - one unit → (category, month) edge per month the unit may serve (duty month, no blackout),
 *   capacity 1, so a unit serves a month at most once;
 * - (category, month) → month by parallel unit edges of cost 0, w, 2w, … (w = sameCategoryPair):
 *   the k-th unit of a category in a month adds (k−1)·w, so n units cost w·n(n−1)/2 exactly, and
 *   a minimum-cost flow always fills the cheaper parallel edges first (the cost is convex);
 * - month → sink: a "lower" edge of capacity ⌊T/M⌋ and cost −BIG, then an edge of capacity
 *   ⌈T/M⌉ − ⌊T/M⌋ and cost 0. BIG exceeds any schedule's real cost, so a minimum-cost flow fills
 *   every month to ⌊T/M⌋ whenever some schedule can; the solver checks that it did.
 * Nodes are numbered source, units, (category, month), months, sink: a topological order.
 */
export type CostNetwork = {
  network: FlowNetwork;
  source: number;
  sink: number;
  /** Per unit of the input (same index): its node, and its month → edge. */
  unitNodes: number[];
  unitEdges: Array<Map<Month, number>>;
  /** The month → sink edges that carry the ⌊T/M⌋ minimum, one per duty month. */
  lowerEdges: number[];
  /** Edges with a real (non-BIG) cost: unit → (category, month) and (category, month) → month. */
  costEdges: number[];
};

export function buildCostNetwork(input: NormalInput): CostNetwork {
  const { weights, units, months, minLoad, maxLoad } = input;
  const builder = new NetworkBuilder();
  const source = builder.addNode();
  const unitNodes = units.map(() => builder.addNode());

  // Units per (category, month) that may serve there, numbered in (category, month) order.
  const categories = [...new Set(units.map((unit) => unit.category))].sort();
  const categoryIndex = new Map(categories.map((category, index) => [category, index]));
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const groupKey = (category: string, month: Month) =>
    categoryIndex.get(category)! * months.length + monthIndex.get(month)!;
  const groups = new Map<number, { month: Month; units: number }>();
  for (const unit of units) {
    if (unit.times === 0) continue;
    for (const month of unit.allowed) {
      const key = groupKey(unit.category, month);
      const group = groups.get(key) ?? { month, units: 0 };
      group.units += 1;
      groups.set(key, group);
    }
  }
  const groupKeys = [...groups.keys()].sort((a, b) => a - b);
  const groupNodes = new Map(groupKeys.map((key) => [key, builder.addNode()]));
  const monthNodes = new Map(months.map((month) => [month, builder.addNode()]));
  const sink = builder.addNode();

  let realCostBound = 0;
  const costEdges: number[] = [];
  const unitEdges = units.map((unit, index) => {
    const edges = new Map<Month, number>();
    if (unit.times === 0) return edges;
    builder.addEdge(source, unitNodes[index]!, unit.times, 0);
    let dearest = 0;
    for (const month of unit.allowed) {
      const cost = preferenceCostOf(unit, month, weights) + repeatCostOf(unit, month, weights);
      dearest = Math.max(dearest, cost);
      const target = groupNodes.get(groupKey(unit.category, month))!;
      const edge = builder.addEdge(unitNodes[index]!, target, 1, cost);
      edges.set(month, edge);
      costEdges.push(edge);
    }
    realCostBound += unit.times * dearest;
    return edges;
  });

  const step = weights.sameCategoryPair;
  for (const key of groupKeys) {
    const group = groups.get(key)!;
    const node = groupNodes.get(key)!;
    const monthNode = monthNodes.get(group.month)!;
    const width = Math.min(group.units, maxLoad);
    if (step === 0) {
      costEdges.push(builder.addEdge(node, monthNode, width, 0));
      continue;
    }
    for (let k = 0; k < width; k++) costEdges.push(builder.addEdge(node, monthNode, 1, k * step));
    realCostBound += (step * width * (width - 1)) / 2;
  }

  const big = realCostBound + 1;
  const lowerEdges = months.map((month) => {
    const monthNode = monthNodes.get(month)!;
    const lower = builder.addEdge(monthNode, sink, minLoad, -big);
    if (maxLoad > minLoad) builder.addEdge(monthNode, sink, maxLoad - minLoad, 0);
    return lower;
  });

  return { network: builder.build(), source, sink, unitNodes, unitEdges, lowerEdges, costEdges };
}

/** The real cost of the flow in `state` (preferences, repeats, bunching; not pairs, not BIG). */
export function flowCost(built: CostNetwork, state: FlowState): number {
  let total = 0;
  for (const edge of built.costEdges) total += flowOn(built.network, state, edge) * built.network.cost[edge]!;
  return total;
}

/** Whether the unit at `index` serves `month` in the flow. */
export function serves(built: CostNetwork, state: FlowState, index: number, month: Month): boolean {
  const edge = built.unitEdges[index]?.get(month);
  return edge !== undefined && flowOn(built.network, state, edge) > 0;
}

/** The schedule the flow describes, by month then unit id. */
export function readAssignments(built: CostNetwork, state: FlowState, unitIds: number[]): Assignment[] {
  const assignments: Assignment[] = [];
  built.unitEdges.forEach((edges, index) => {
    for (const [month, edge] of edges)
      if (flowOn(built.network, state, edge) > 0) assignments.push({ unitId: unitIds[index]!, month });
  });
  return assignments.sort((a, b) => a.month - b.month || a.unitId - b.unitId);
}
