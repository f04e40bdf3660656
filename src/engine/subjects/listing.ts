import type { Day } from "../../calendar/day";
import type { SubjectType } from "../../model/evaluation";
import type { StaffMember } from "../dataset-index/index-dataset";
import { ListedSubject, SubjectProbe, type DateNames, type SubjectInstance } from "./subject";

type Row = Readonly<Record<string, unknown>>;

/**
 * Takes one subject's parts from a source's walk: its id, its record, the facts its source
 * derives, its position in the collection whose day columns hold its dates, the days its
 * source read for it, the staff member it is, and its last day.
 */
export type EmitParts = (
  id: string, record: Row, facts: Row, at: number | undefined,
  dates?: Readonly<Record<string, Day | undefined>>, staff?: StaffMember, endsOn?: Day,
) => void;

/** What a listing needs of its source, for one evaluation. */
export interface ListingSpec {
  readonly type: SubjectType;
  readonly names: DateNames;
  /** Whether the source derives facts (else its subjects' facts are their records). */
  readonly derives: boolean;
  /** Whether its subjects' breaches lapse when they stop. */
  readonly lapses: boolean;
  /** How many records the walk goes over (those of the collection its subjects are listed in). */
  readonly size: number;
  /** Gives `emit` the parts of each subject among the records at positions `[from, to)`, in order. */
  walk(from: number, to: number, emit: EmitParts): void;
}

/** Records walked between two steps (a caller gives its host a turn at a step when one is due). */
const PER_STEP = 1024;

/**
 * A source's subjects in one evaluation. A condition reads each record through one reused
 * {@link SubjectProbe} (`probe`), so the subjects it drops are never built; `select` builds
 * the subjects kept, each once for all the rules of the source when it is shared (the second
 * rule that keeps one gets the first's). Walks go over the records in the same order every
 * time: the n-th subject of one walk is the n-th of every other.
 */
export class Listing {
  /** The subjects built so far, by their place in a walk (undefined: not built yet); none kept for a listing read once. */
  private readonly built: (SubjectInstance | undefined)[] | undefined;
  /** The place of each record's first subject (and, last, the number of subjects), once a probe has walked them all. */
  private starts: Int32Array | undefined;

  /**
   * @param spec - what it needs of its source
   * @param shared - whether more than one rule reads it (then each subject it builds is kept for the next)
   */
  constructor(private readonly spec: ListingSpec, shared: boolean) {
    this.built = shared ? [] : undefined;
  }

  /**
   * Shows `visit` each subject's facts and dates, through one view (which `visit` must not keep).
   *
   * @returns steps, a thousand records apart
   */
  *probe(visit: (probe: SubjectProbe) => void): Generator<void, void> {
    const probe = new SubjectProbe(this.spec.names);
    const { derives, size } = this.spec;
    const starts = new Int32Array(size + 1);
    let place = 0;
    const emit: EmitParts = (_id, record, facts, at, dates) => {
      place++;
      visit(probe.point(record, derives ? facts : undefined, dates, at ?? -1));
    };
    for (let from = 0; from < size; from += PER_STEP) {
      const to = Math.min(size, from + PER_STEP);
      // A record at a time, noting where its subjects start: a selection then walks only the records it keeps.
      for (let i = from; i < to; i++) {
        starts[i] = place;
        this.spec.walk(i, i + 1, emit);
      }
      yield;
    }
    starts[size] = place;
    this.starts = starts;
  }

  /**
   * Adds to `out`, in order, the subjects `keep` keeps by their place in the walk (all, without
   * it). After a probe, only the records holding a subject it keeps are walked again.
   *
   * @returns steps, a thousand records apart
   */
  *select(keep: ((place: number) => boolean) | undefined, out: SubjectInstance[]): Generator<void, void> {
    const { type, names, derives, lapses, size } = this.spec;
    const built = this.built;
    let place = 0;
    const emit: EmitParts = (id, record, facts, at, dates, staff, endsOn) => {
      const k = place++;
      if (keep !== undefined && !keep(k)) return;
      let subject = built !== undefined && k < built.length ? built[k] : undefined;
      // Its `{ type, id }` is every result's about it (the obligation's, the breach's, each rule's): frozen, as shared.
      subject ??= new ListedSubject(
        Object.freeze({ type, id }), record, derives ? facts : undefined, dates, names, at ?? -1,
        staff, endsOn !== undefined && endsOn <= names.asOf ? endsOn : undefined, lapses,
      );
      out.push(subject);
      if (built === undefined) return;
      // Grown in order (a dense list, never one with holes), set after.
      while (built.length < k) built.push(undefined);
      built[k] = subject;
    };
    const starts = this.starts;
    for (let from = 0; from < size; from += PER_STEP) {
      const to = Math.min(size, from + PER_STEP);
      if (keep === undefined || starts === undefined) this.spec.walk(from, to, emit);
      else {
        for (let i = from; i < to; i++) {
          if (!anyKept(keep, starts[i] ?? 0, starts[i + 1] ?? 0)) continue;
          place = starts[i] ?? 0;
          this.spec.walk(i, i + 1, emit);
        }
      }
      yield;
    }
  }
}

/** Whether `keep` keeps any of the places `[from, to)`. */
function anyKept(keep: (place: number) => boolean, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (keep(k)) return true;
  return false;
}
