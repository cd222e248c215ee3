// Requested pairs ("serve together in at least one month") cannot be written as flow costs, so
// they are handled exactly by branch and bound over minimum-cost flows:
// - a node's flow is optimal for everything but the pairs still open, so its cost plus the
//   penalties already accepted is a lower bound for every schedule below it;
// - it is also a schedule, whose true cost (bound + split open pairs) may improve the best;
// - otherwise branch on an open pair the flow splits: either accept it split (+pairSplit, same
//   flow), or, for each month both may serve, force both units into that month (two cheapest
//   residual cycles on a copy of the flow, see forceEdge).
// Every schedule lies in a branch whose value equals its true cost, and no branch undervalues
// one, so the least value found is the optimum. Ties keep the first found; the order of
// exploration is fixed, so the same input always gives the same schedule.
import { flowCost, serves, type CostNetwork } from "./build-network";
import { copyState, flowOn, type FlowState } from "./flow-graph";
import { distancesTo, forceEdge } from "./min-cost-flow";
import type { NormalInput } from "./normalize";
import type { Month } from "./types";

type PairInfo = { first: number; second: number; common: Month[] };
type Branch = { state: FlowState; accepted: number; bound: number };
/** `proven` is false when the search stopped at its work budget (see searchBudget). */
export type PairSearchResult = { state: FlowState; cost: number; proven: boolean };

/**
 * The work the search may spend, in edges scanned (each shortest-path computation counts the
 * whole network): about half a second on 200 units. Pairs make the problem NP-hard in general;
 * a few pairs need a small part of this, but dozens of pairs that each cost a little to keep
 * together could take hours. Past the budget the best schedule found so far is returned (it
 * keeps every hard rule and is deterministic, but is then not proven optimal).
 */
export const searchBudget = 40_000_000;

/** The best schedule over `root` (an optimal, feasible flow with the month minimums locked). */
export function searchPairs(input: NormalInput, built: CostNetwork, root: FlowState): PairSearchResult {
  const { network, unitEdges, unitNodes } = built;
  const indexOf = new Map(input.units.map((unit, index) => [unit.unitId, index]));
  const penalty = input.weights.pairSplit;
  let alwaysSplit = 0;
  const pairs: PairInfo[] = [];
  for (const [firstId, secondId] of input.pairs) {
    const first = indexOf.get(firstId)!;
    const second = indexOf.get(secondId)!;
    const a = input.units[first]!;
    const b = input.units[second]!;
    if (a.times === 0 || b.times === 0 || penalty === 0) continue;
    const common = a.allowed.filter((month) => b.allowed.includes(month));
    if (common.length === 0) alwaysSplit += 1;
    else pairs.push({ first, second, common });
  }

  const together = (state: FlowState, pair: PairInfo) =>
    pair.common.some(
      (month) => serves(built, state, pair.first, month) && serves(built, state, pair.second, month),
    );

  const pathWork = 2 * network.outEdges.length; // two shortest-path computations
  let work = 0;

  /** Per common month, a lower bound on the cost added by putting one unit there (cheap). */
  const forcingCosts = (state: FlowState, unit: number, months: Month[]): number[] => {
    const edges = months.map((month) => unitEdges[unit]!.get(month)!);
    const heads = edges.filter((edge) => state.residual[edge]! > 0).map((edge) => network.to[edge]!);
    const distance = distancesTo(network, state, unitNodes[unit]!, heads);
    return edges.map((edge) => {
      if (flowOn(network, state, edge) > 0) return 0;
      if (state.residual[edge]! <= 0) return Infinity;
      const head = network.to[edge]!;
      return (
        network.cost[edge]! + state.potential[unitNodes[unit]!]! - state.potential[head]! + distance[head]!
      );
    });
  };

  /** The exact branches of `pair` whose cheap bound is below `limit`, cheapest first. */
  const branchesFor = (branch: Branch, pair: PairInfo, cheap: number[], limit: number): Branch[] => {
    const children: Branch[] = [];
    pair.common.forEach((month, index) => {
      if (cheap[index]! >= limit) return;
      work += pathWork;
      const state = copyState(branch.state);
      if (!forceEdge(network, state, unitEdges[pair.first]!.get(month)!)) return;
      if (!forceEdge(network, state, unitEdges[pair.second]!.get(month)!)) return;
      children.push({
        state,
        accepted: branch.accepted,
        bound: flowCost(built, state) + penalty * branch.accepted,
      });
    });
    children.push({ state: branch.state, accepted: branch.accepted + 1, bound: branch.bound + penalty });
    return children.sort((x, y) => x.bound - y.bound); // stable: months ascending, then "accept split"
  };

  let best = null as { state: FlowState; cost: number } | null;
  let stopped = false;
  const explore = (branch: Branch, open: PairInfo[]) => {
    if (best && branch.bound >= best.cost) return;
    if (work > searchBudget) {
      stopped = true;
      return;
    }
    const split = open.filter((pair) => !together(branch.state, pair));
    const cost = branch.bound + penalty * split.length;
    if (!best || cost < best.cost) best = { state: branch.state, cost };
    if (split.length === 0) return;
    // Every schedule here splits a pair or keeps it together in some month, so each pair's
    // cheapest branch bounds the node: prune on the highest, and branch on that pair.
    let chosen: { pair: PairInfo; cheap: number[]; bound: number } | null = null;
    for (const pair of split) {
      work += pathWork;
      const first = forcingCosts(branch.state, pair.first, pair.common);
      const second = forcingCosts(branch.state, pair.second, pair.common);
      const cheap = first.map((cost, index) => branch.bound + Math.max(cost, second[index]!));
      const bound = Math.min(branch.bound + penalty, ...cheap);
      if (bound >= best.cost) return;
      if (!chosen || bound > chosen.bound) chosen = { pair, cheap, bound };
    }
    const { pair, cheap } = chosen!;
    const rest = open.filter((other) => other !== pair);
    for (const child of branchesFor(branch, pair, cheap, best.cost)) explore(child, rest);
  };

  explore(
    { state: root, accepted: alwaysSplit, bound: flowCost(built, root) + penalty * alwaysSplit },
    pairs,
  );
  return { ...best!, proven: !stopped };
}
