/** A binary min-heap of (key, node) entries; stale entries are skipped by the caller. */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let index = keys.length;
    keys.push(key);
    nodes.push(node);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[index] = keys[parent]!;
      nodes[index] = nodes[parent]!;
      index = parent;
    }
    keys[index] = key;
    nodes[index] = node;
  }

  /** Removes and returns the node with the least key (the heap must not be empty). */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const size = keys.length;
    if (size === 0) return top;
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= lastKey) break;
      keys[index] = keys[child]!;
      nodes[index] = nodes[child]!;
      index = child;
    }
    keys[index] = lastKey;
    nodes[index] = lastNode;
    return top;
  }
}
