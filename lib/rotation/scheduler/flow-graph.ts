// A directed flow network in flat arrays (fast to scan, cheap to copy). Every edge e is stored
// with its reverse at e ^ 1; `cap` holds residual capacities, so the flow on a forward edge is
// original capacity − residual capacity.

export type FlowNetwork = {
  nodeCount: number;
  from: Int32Array;
  to: Int32Array;
  cost: Float64Array;
  /** Original capacities (0 on reverse edges). */
  capacity: Int32Array;
  /** Edges leaving node v: outEdges[outStart[v] .. outStart[v + 1]). */
  outStart: Int32Array;
  outEdges: Int32Array;
};

/** The changing part of a solve: residual capacities and node potentials (copied per branch). */
export type FlowState = { residual: Int32Array; potential: Float64Array };

export class NetworkBuilder {
  private nodes = 0;
  private readonly edges: Array<[number, number, number, number]> = [];

  addNode(): number {
    return this.nodes++;
  }

  /** Adds an edge and its reverse; returns the forward edge's index. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    this.edges.push([from, to, capacity, cost], [to, from, 0, -cost]);
    return this.edges.length - 2;
  }

  build(): FlowNetwork {
    const count = this.edges.length;
    const network: FlowNetwork = {
      nodeCount: this.nodes,
      from: new Int32Array(count),
      to: new Int32Array(count),
      cost: new Float64Array(count),
      capacity: new Int32Array(count),
      outStart: new Int32Array(this.nodes + 1),
      outEdges: new Int32Array(count),
    };
    this.edges.forEach(([from, to, capacity, cost], edge) => {
      network.from[edge] = from;
      network.to[edge] = to;
      network.cost[edge] = cost;
      network.capacity[edge] = capacity;
      network.outStart[from + 1]! += 1;
    });
    for (let node = 0; node < this.nodes; node++) network.outStart[node + 1]! += network.outStart[node]!;
    const fill = network.outStart.slice(0, this.nodes);
    this.edges.forEach(([from], edge) => {
      network.outEdges[fill[from]!++] = edge;
    });
    return network;
  }
}

export function initialState(network: FlowNetwork): FlowState {
  return { residual: network.capacity.slice(), potential: new Float64Array(network.nodeCount) };
}

export function copyState(state: FlowState): FlowState {
  return { residual: state.residual.slice(), potential: state.potential.slice() };
}

export function flowOn(network: FlowNetwork, state: FlowState, edge: number): number {
  return network.capacity[edge]! - state.residual[edge]!;
}

/** Pushes `amount` along `edge` (and takes it off its reverse). */
export function push(state: FlowState, edge: number, amount: number): void {
  state.residual[edge]! -= amount;
  state.residual[edge ^ 1]! += amount;
}

/** Fixes the current flow on `edge`: no later augmentation may change it. */
export function lockEdge(state: FlowState, edge: number): void {
  state.residual[edge] = 0;
  state.residual[edge ^ 1] = 0;
}

/** Nodes reachable from `source` through edges with residual capacity (the source side of a min cut). */
export function reachableFrom(network: FlowNetwork, state: FlowState, source: number): Uint8Array {
  const seen = new Uint8Array(network.nodeCount);
  const stack = [source];
  seen[source] = 1;
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let i = network.outStart[node]!; i < network.outStart[node + 1]!; i++) {
      const edge = network.outEdges[i]!;
      const next = network.to[edge]!;
      if (state.residual[edge]! > 0 && !seen[next]) {
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Maximum flow by shortest augmenting paths (Edmonds–Karp); costs are ignored. */
export function maxFlow(network: FlowNetwork, state: FlowState, source: number, sink: number): number {
  let total = 0;
  const via = new Int32Array(network.nodeCount);
  for (;;) {
    via.fill(-1);
    const queue = [source];
    for (let head = 0; head < queue.length && via[sink] === -1; head++) {
      const node = queue[head]!;
      for (let i = network.outStart[node]!; i < network.outStart[node + 1]!; i++) {
        const edge = network.outEdges[i]!;
        const next = network.to[edge]!;
        if (state.residual[edge]! > 0 && via[next] === -1 && next !== source) {
          via[next] = edge;
          queue.push(next);
        }
      }
    }
    if (via[sink] === -1) return total;
    let amount = Infinity;
    for (let node = sink; node !== source; node = network.from[via[node]!]!)
      amount = Math.min(amount, state.residual[via[node]!]!);
    for (let node = sink; node !== source; node = network.from[via[node]!]!) push(state, via[node]!, amount);
    total += amount;
  }
}
