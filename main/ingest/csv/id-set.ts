/**
 * The ids seen so far in a file, to report a repeated id with the row it first appeared
 * on. A million ids as JavaScript strings in a Map cost ~100 MB; this keeps a 64-bit hash
 * of each (two independent 32-bit FNV-1a variants) in typed arrays, ~16 bytes per id.
 * Two different ids share a hash with odds around 1 in 10^10 for a million rows.
 */
export class IdSet {
  private hashA = new Uint32Array(1 << 12);
  private hashB = new Uint32Array(1 << 12);
  /** Row number + flags per slot; 0 = empty. */
  private rows = new Int32Array(1 << 12);
  private flags = new Uint8Array(1 << 12);
  private count = 0;

  get size(): number {
    return this.count;
  }

  private static hash(text: string): [number, number] {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ text.length;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    return [a >>> 0, b >>> 0];
  }

  private slotOf(a: number, b: number): number {
    const mask = this.rows.length - 1;
    // Slots are chosen from both halves so ids that differ only at the end spread out.
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.rows[slot] !== 0 && !(this.hashA[slot] === a && this.hashB[slot] === b)) slot = (slot + 1) & mask;
    return slot;
  }

  /** The row an id was first seen on (and its flag), or undefined. */
  get(id: string): { row: number; flag: number } | undefined {
    const [a, b] = IdSet.hash(id);
    const slot = this.slotOf(a, b);
    const row = this.rows[slot] ?? 0;
    return row === 0 ? undefined : { row, flag: this.flags[slot] ?? 0 };
  }

  /** Records an id first seen on `row` (> 0) unless it is already known. */
  add(id: string, row: number, flag = 0): void {
    if ((this.count + 1) * 2 > this.rows.length) this.grow();
    const [a, b] = IdSet.hash(id);
    const slot = this.slotOf(a, b);
    if (this.rows[slot] !== 0) return;
    this.hashA[slot] = a;
    this.hashB[slot] = b;
    this.rows[slot] = row;
    this.flags[slot] = flag;
    this.count += 1;
  }

  private grow(): void {
    const { hashA, hashB, rows, flags } = this;
    const size = rows.length * 2;
    this.hashA = new Uint32Array(size);
    this.hashB = new Uint32Array(size);
    this.rows = new Int32Array(size);
    this.flags = new Uint8Array(size);
    for (let i = 0; i < rows.length; i += 1) {
      if (rows[i] === 0) continue;
      const a = hashA[i] ?? 0;
      const b = hashB[i] ?? 0;
      const slot = this.slotOf(a, b);
      this.hashA[slot] = a;
      this.hashB[slot] = b;
      this.rows[slot] = rows[i] ?? 0;
      this.flags[slot] = flags[i] ?? 0;
    }
  }
}
