// Exact minimum-cost flow in integers: successive shortest paths with node potentials
// (Dijkstra on reduced costs), plus "forcing" an edge into an optimal flow by the cheapest
// cycle through it, which lets branch and bound reuse a parent's optimum instead of re-solving.
import { flowOn, lockEdge, push, type FlowNetwork, type FlowState } from "./flow-graph";
import { MinHeap } from "./heap";

/**
 * Potentials that make every residual reduced cost non-negative (Bellman–Ford from a virtual
 * source at distance 0 to every node). Needs no negative cycle, which holds for a fresh network
 * whose edges all point "forward" (source → units → … → sink).
 */
export function initializePotentials(network: FlowNetwork, state: FlowState): void {
  const { potential, residual } = state;
  potential.fill(0);
  const queued = new Uint8Array(network.nodeCount).fill(1);
  const queue: number[] = Array.from({ length: network.nodeCount }, (_, node) => node);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    queued[node] = 0;
    for (let i = network.outStart[node]!; i < network.outStart[node + 1]!; i++) {
      const edge = network.outEdges[i]!;
      if (residual[edge]! <= 0) continue;
      const next = network.to[edge]!;
      const candidate = potential[node]! + network.cost[edge]!;
      if (candidate < potential[next]!) {
        potential[next] = candidate;
        if (!queued[next]) {
          queued[next] = 1;
          queue.push(next);
        }
      }
    }
  }
}

/**
 * Shortest residual paths from `source` by reduced cost, stopping once `target` is settled;
 * fills `via` (the edge into each reached node) and then shifts the potentials by
 * min(distance, distance to target), which keeps all residual reduced costs non-negative.
 */
function shortestPaths(
  network: FlowNetwork,
  state: FlowState,
  source: number,
  target: number,
  via: Int32Array,
): boolean {
  const { potential, residual } = state;
  const distance = new Float64Array(network.nodeCount).fill(Infinity);
  const settled = new Uint8Array(network.nodeCount);
  const heap = new MinHeap();
  distance[source] = 0;
  via[source] = -1;
  heap.push(0, source);
  while (heap.size > 0) {
    const node = heap.pop();
    if (settled[node]) continue;
    settled[node] = 1;
    if (node === target) break;
    const base = distance[node]! + potential[node]!;
    for (let i = network.outStart[node]!; i < network.outStart[node + 1]!; i++) {
      const edge = network.outEdges[i]!;
      if (residual[edge]! <= 0) continue;
      const next = network.to[edge]!;
      const candidate = base + network.cost[edge]! - potential[next]!;
      if (candidate < distance[next]!) {
        distance[next] = candidate;
        via[next] = edge;
        heap.push(candidate, next);
      }
    }
  }
  if (!settled[target]) return false;
  const reach = distance[target]!;
  for (let node = 0; node < network.nodeCount; node++) potential[node]! += Math.min(distance[node]!, reach);
  return true;
}

/**
 * Sends up to `limit` units from source to sink, each along a cheapest residual path; the
 * result is a minimum-cost flow of the value reached. Returns that value.
 */
export function sendFlow(
  network: FlowNetwork,
  state: FlowState,
  source: number,
  sink: number,
  limit: number,
): number {
  const via = new Int32Array(network.nodeCount);
  let sent = 0;
  while (sent < limit && shortestPaths(network, state, source, sink, via)) {
    let amount = limit - sent;
    for (let node = sink; node !== source; node = network.from[via[node]!]!)
      amount = Math.min(amount, state.residual[via[node]!]!);
    for (let node = sink; node !== source; node = network.from[via[node]!]!) push(state, via[node]!, amount);
    sent += amount;
  }
  return sent;
}

/**
 * Turns the minimum-cost flow in `state` into a minimum-cost flow that also uses the unit-
 * capacity `edge`, and locks it. The cheapest such flow differs from the current optimum by the
 * cheapest residual cycle through `edge` (any other difference would be a cycle of
 * non-negative cost), so one shortest path from the edge's head back to its tail suffices.
 * Returns false when no flow can use the edge.
 */
export function forceEdge(network: FlowNetwork, state: FlowState, edge: number): boolean {
  if (flowOn(network, state, edge) > 0) {
    lockEdge(state, edge);
    return true;
  }
  if (state.residual[edge]! <= 0) return false;
  const tail = network.from[edge]!;
  const head = network.to[edge]!;
  const via = new Int32Array(network.nodeCount);
  if (!shortestPaths(network, state, head, tail, via)) return false;
  for (let node = tail; node !== head; node = network.from[via[node]!]!) push(state, via[node]!, 1);
  push(state, edge, 1);
  lockEdge(state, edge);
  return true;
}

/**
 * For every node v, the reduced cost of a cheapest residual path from v to `target` (Infinity
 * when none). With an optimal flow, c(edge) + potential(tail) − potential(head) + result[head]
 * is what forcing the unused `edge` into `target` = tail costs at least (forceEdge's cycle).
 * Stops once every node in `needed` is settled (later nodes keep an upper estimate).
 */
export function distancesTo(
  network: FlowNetwork,
  state: FlowState,
  target: number,
  needed: number[],
): Float64Array {
  const { potential, residual } = state;
  const distance = new Float64Array(network.nodeCount).fill(Infinity);
  const settled = new Uint8Array(network.nodeCount);
  const heap = new MinHeap();
  let waiting = new Set(needed).size;
  distance[target] = 0;
  heap.push(0, target);
  while (heap.size > 0 && waiting > 0) {
    const node = heap.pop();
    if (settled[node]) continue;
    settled[node] = 1;
    if (needed.includes(node)) waiting -= 1;
    // Edges into `node` are the partners of the edges leaving it.
    for (let i = network.outStart[node]!; i < network.outStart[node + 1]!; i++) {
      const edge = network.outEdges[i]! ^ 1;
      if (residual[edge]! <= 0) continue;
      const previous = network.from[edge]!;
      const candidate = distance[node]! + network.cost[edge]! + potential[previous]! - potential[node]!;
      if (candidate < distance[previous]!) {
        distance[previous] = candidate;
        heap.push(candidate, previous);
      }
    }
  }
  return distance;
}
