/**
 * Ids and a number for each (the index of the first record with the id, or the place of its
 * owner): a hash table of positions in two flat arrays, for the million ids of a large export.
 * Adding an id tells whether it was there in one probe (a `Map` needs two: `has`, then `set`),
 * and the table holds no entry object per id. Should the ids of an export crowd one part of
 * the table (written to, since the hash is fixed: the library is deterministic), it moves
 * them into a `Map`, so that no export makes it slow.
 */
export class IdIndex {
  /** The ids, in the order added: room for the expected count is made at once, so that a million are not copied as the list grows. */
  private readonly ids: string[];
  /** How many ids the table holds (the list may have room for more). */
  private count = 0;
  /** The number of each id, at the same position: flat, not a list the collector reads. */
  private values: Float64Array;
  /**
   * Two numbers a slot: 1 + the position of the id there (0: empty), and the id's hash, which
   * tells most other ids apart without reading them. Half full at most.
   */
  private slots: Int32Array;
  /** Once ids crowd the table: every id and its number, the table left unused. */
  private crowded: Map<string, number> | undefined;

  /** @param expected - how many ids it will likely hold (the records of a collection): room for them is made at once */
  constructor(expected = 0) {
    let room = 16;
    while (room < expected * 2) room *= 2;
    this.slots = new Int32Array(room * 2);
    this.ids = new Array<string>(expected);
    this.values = new Float64Array(Math.max(expected, 16));
  }

  /** How many ids it holds. */
  get size(): number {
    return this.crowded?.size ?? this.count;
  }

  /**
   * Adds an id with its number, unless it holds the id already.
   *
   * @param id - the id
   * @param value - its number
   * @returns the number the id already had, or undefined when it was added
   */
  add(id: string, value: number): number | undefined {
    if (this.crowded === undefined) {
      const h = idHash(id);
      const slot = this.slotOf(id, h);
      if (slot >= 0) {
        const at = this.slots[slot] ?? 0;
        if (at !== 0) return this.values[at - 1];
        const n = this.count++;
        if (n === this.values.length) this.values = growValues(this.values);
        this.ids[n] = id;
        this.values[n] = value;
        this.slots[slot] = n + 1;
        this.slots[slot + 1] = h;
        if (this.count * 4 > this.slots.length) this.grow();
        return undefined;
      }
    }
    const crowded = this.crowded ?? this.crowd();
    const known = crowded.get(id);
    if (known === undefined) crowded.set(id, value);
    return known;
  }

  /**
   * @param id - an id
   * @returns its number, or undefined when the index does not hold it
   */
  get(id: string): number | undefined {
    if (this.crowded === undefined) {
      const slot = this.slotOf(id, idHash(id));
      if (slot >= 0) {
        const at = this.slots[slot] ?? 0;
        return at === 0 ? undefined : this.values[at - 1];
      }
    }
    return (this.crowded ?? this.crowd()).get(id);
  }

  /**
   * @param id - an id
   * @returns whether the index holds it
   */
  has(id: string): boolean {
    if (this.crowded === undefined) {
      const slot = this.slotOf(id, idHash(id));
      if (slot >= 0) return this.slots[slot] !== 0; // the number is not read: it is not needed
    }
    return (this.crowded ?? this.crowd()).has(id);
  }

  /** The slot holding the id, or the empty one where it goes; -1 when that is more than {@link MAX_PROBES} slots on. */
  private slotOf(id: string, h: number): number {
    const mask = this.slots.length - 2;
    let slot = (h << 1) & mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const at = this.slots[slot] ?? 0;
      if (at === 0 || (this.slots[slot + 1] === h && this.ids[at - 1] === id)) return slot;
      slot = (slot + 2) & mask;
    }
    return -1;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 2;
    for (let from = 0; from < this.slots.length; from += 2) {
      const at = this.slots[from] ?? 0;
      if (at === 0) continue;
      const h = this.slots[from + 1] ?? 0;
      let slot = (h << 1) & mask;
      for (let probes = 1; slots[slot] !== 0; probes++) {
        if (probes === MAX_PROBES) {
          this.crowd();
          return;
        }
        slot = (slot + 2) & mask;
      }
      slots[slot] = at;
      slots[slot + 1] = h;
    }
    this.slots = slots;
  }

  /** Moves every id into a `Map`, for good. @returns the map */
  private crowd(): Map<string, number> {
    const crowded = new Map<string, number>();
    for (let k = 0; k < this.count; k++) crowded.set(this.ids[k] ?? "", this.values[k] ?? 0);
    this.crowded = crowded;
    this.ids.length = 0;
    this.count = 0;
    this.values = new Float64Array(0);
    this.slots = new Int32Array(0);
    return crowded;
  }
}

/** @returns the numbers with room for as many again */
function growValues(values: Float64Array): Float64Array {
  const grown = new Float64Array(values.length * 2);
  grown.set(values);
  return grown;
}

/** Slots an id is looked for in, from its hash on, before the table counts as crowded. */
const MAX_PROBES = 64;

/** Trailing digits read as an id's running number: at most 9, so that twice the number fits 31 bits. */
const MAX_DIGITS = 9;

/**
 * The hash of an id in an {@link IdIndex}. Most exports number their records (`s1`, `s2`...,
 * `1200005`, `1200006`...): an id's hash is that of its text before the trailing digits (FNV-1a
 * over its UTF-16 code units, mixed by MurmurHash3's finaliser so that every bit counts in the
 * low ones, which pick the slot) plus twice the number they write. Ids numbered in turn then
 * take every other slot of one stretch of the table, in their order: a million of them are
 * added, and looked up in the order they are referred to, in memory read in sequence, not at
 * random; and the slots left between them keep the probes of any other id short.
 *
 * @param text - the id
 * @returns a 32-bit integer
 * @example
 * idHash("s2") - idHash("s1"); // 2: ids numbered in turn take every other slot
 */
export function idHash(text: string): number {
  let end = text.length;
  let number = 0;
  for (let scale = 1, digits = 0; end > 0 && digits < MAX_DIGITS; end--, digits++, scale *= 10) {
    const d = text.charCodeAt(end - 1) - 48;
    if (d < 0 || d > 9) break;
    number += d * scale;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return ((h ^ (h >>> 16)) + 2 * number) | 0;
}
