/**
 * Finds which of many fixed strings occur in a run of bytes, in one pass (Aho–Corasick over
 * bytes): the cost is linear in the text whatever the number of strings, where a grep per string
 * would read the repository once for each.
 */
export class ByteMatcher {
  /** Transitions of every node but the root, keyed `node * 256 + byte`. */
  private readonly next = new Map<number, number>();
  /** The root's transitions, dense (0 = stay at the root). */
  private readonly root = new Int32Array(256);
  private fail: Int32Array;
  /** Pattern indices that end at each node, own and inherited through failure links. */
  private out: (number[] | undefined)[] = [undefined];
  /** Indices of the empty pattern(s): they occur in every line. */
  readonly everywhere: number[] = [];

  constructor(readonly patterns: readonly Buffer[]) {
    let nodes = 1;
    const own: (number[] | undefined)[] = [undefined];
    patterns.forEach((p, index) => {
      if (p.length === 0) {
        this.everywhere.push(index);
        return;
      }
      let s = 0;
      for (const b of p) {
        let t = s === 0 ? this.root[b]! : this.next.get(s * 256 + b) ?? 0;
        if (t === 0) {
          t = nodes++;
          own.push(undefined);
          if (s === 0) this.root[b] = t;
          else this.next.set(s * 256 + b, t);
        }
        s = t;
      }
      (own[s] ??= []).push(index);
    });
    // Breadth-first: each node's failure link is the longest proper suffix that is a node.
    const fail = new Int32Array(nodes);
    this.fail = fail;
    const out: (number[] | undefined)[] = own.slice();
    const children: number[][] = Array.from({ length: nodes }, () => []);
    const labels: number[][] = Array.from({ length: nodes }, () => []);
    for (let b = 0; b < 256; b++) {
      const t = this.root[b]!;
      if (t !== 0) {
        children[0]!.push(t);
        labels[0]!.push(b);
      }
    }
    for (const [key, t] of this.next) {
      const s = Math.floor(key / 256);
      children[s]!.push(t);
      labels[s]!.push(key % 256);
    }
    const queue: number[] = [...children[0]!];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const kids = children[s]!;
      const bytes = labels[s]!;
      for (let i = 0; i < kids.length; i++) {
        const t = kids[i]!;
        const b = bytes[i]!;
        // The longest proper suffix that is a node: shallower than t, so already linked.
        fail[t] = s === 0 ? 0 : this.step(fail[s]!, b);
        const inherited = out[fail[t]!];
        if (inherited) out[t] = out[t] ? [...out[t]!, ...inherited] : inherited;
        queue.push(t);
      }
    }
    this.out = out;
  }

  private step(s: number, b: number): number {
    for (;;) {
      if (s === 0) return this.root[b]!;
      const t = this.next.get(s * 256 + b);
      if (t !== undefined) return t;
      s = this.fail[s]!;
    }
  }

  /** Calls `found` once for each pattern (non-empty) that occurs in `buf[start, end)`. */
  each(buf: Uint8Array, start: number, end: number, found: (index: number) => void): void {
    let s = 0;
    let seen: Set<number> | undefined;
    const root = this.root;
    for (let i = start; i < end; i++) {
      const b = buf[i]!;
      if (s === 0) {
        s = root[b]!;
        if (s === 0) continue;
      } else {
        s = this.step(s, b);
      }
      const o = this.out[s];
      if (!o) continue;
      for (const index of o) {
        if (!seen) seen = new Set();
        if (seen.has(index)) continue;
        seen.add(index);
        found(index);
      }
    }
  }
}
