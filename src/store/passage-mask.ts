/**
 * A filter as data: the passages that pass, as a bitmap and a sorted list over one fixed numbering
 * (the catalog's passage order, `universe`). Built once per distinct filter (see
 * retrieve/filter-columns.ts), so an index tests a candidate with one array read instead of calling a
 * string function per candidate.
 */
export interface PassageMask {
  /** Passage ids in the numbering the bitmap uses; an index aligns its own numbering to it once. */
  readonly universe: readonly string[];
  /** 1 where passage number n passes, else 0; length = universe.length. */
  readonly bits: Uint8Array;
  /** Numbers of the passing passages, ascending. */
  readonly members: Int32Array;
}

/** What an index accepts as a filter: a mask, or (for small callers and tests) a predicate over ids. */
export type PassageFilter = PassageMask | ((id: string) => boolean);

export function isPassageMask(filter: PassageFilter | undefined): filter is PassageMask {
  return typeof filter === 'object' && filter !== null;
}

/** A mask over `universe` holding exactly the ids `keep` accepts (tests, and callers with a predicate). */
export function maskFromPredicate(universe: readonly string[], keep: (id: string) => boolean): PassageMask {
  const bits = new Uint8Array(universe.length);
  let count = 0;
  universe.forEach((id, number) => {
    if (keep(id)) {
      bits[number] = 1;
      count++;
    }
  });
  return { universe, bits, members: membersOf(bits, count) };
}

/** The set bits' positions, ascending. */
export function membersOf(bits: Uint8Array, count?: number): Int32Array {
  let size = count;
  if (size === undefined) {
    size = 0;
    for (let number = 0; number < bits.length; number++) size += bits[number]!;
  }
  const members = new Int32Array(size);
  let at = 0;
  for (let number = 0; number < bits.length && at < size; number++) if (bits[number]) members[at++] = number;
  return members;
}

/**
 * Maps an index's own document numbers to a mask's numbering. Indexes built by writeIndexBundle number
 * passages in catalog order, so the map is usually the identity (null); otherwise it is computed once
 * per universe and kept. Own numbers whose id the universe lacks map to -1 (never pass).
 */
export class MaskAlignment {
  private universe: readonly string[] | undefined;
  private ownCount = -1;
  private toUniverse: Int32Array | null = null;
  private fromUniverse: Int32Array | null = null;

  constructor(private readonly ownIds: readonly string[]) {}

  private align(universe: readonly string[]): void {
    if (this.universe === universe && this.ownCount === this.ownIds.length) return;
    this.universe = universe;
    this.ownCount = this.ownIds.length;
    const own = this.ownIds;
    let identical = own.length === universe.length;
    for (let number = 0; identical && number < own.length; number++) identical = own[number] === universe[number];
    if (identical) {
      this.toUniverse = null;
      this.fromUniverse = null;
      return;
    }
    const positions = new Map<string, number>();
    universe.forEach((id, number) => positions.set(id, number));
    this.toUniverse = Int32Array.from(own, (id) => positions.get(id) ?? -1);
    this.fromUniverse = new Int32Array(universe.length).fill(-1);
    this.toUniverse.forEach((at, number) => {
      if (at >= 0) this.fromUniverse![at] = number;
    });
  }

  /** A test over own document numbers. */
  accepts(mask: PassageMask): (document: number) => boolean {
    this.align(mask.universe);
    const { bits } = mask;
    const map = this.toUniverse;
    if (!map) return (document) => bits[document] === 1;
    return (document) => {
      const at = map[document]!;
      return at >= 0 && bits[at] === 1;
    };
  }

  /** The mask's members as own document numbers (ids this index lacks are left out), ascending by mask order. */
  ownMembers(mask: PassageMask): Int32Array {
    this.align(mask.universe);
    const map = this.fromUniverse;
    if (!map) return mask.members;
    const own: number[] = [];
    for (const at of mask.members) {
      const document = map[at]!;
      if (document >= 0) own.push(document);
    }
    return Int32Array.from(own);
  }
}
