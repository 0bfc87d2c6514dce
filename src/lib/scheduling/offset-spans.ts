/**
 * The stretches of time over which a zone's UTC offset holds, found lazily
 * from an `offsetAt(ms)` function (the slow part: it asks Intl) and kept in
 * time order. Offsets change on quarter hours (offsets are multiples of 15
 * minutes, clocks change on the hour or half hour) and never twice in a week,
 * so one lookup checks a week ahead with two calls and, only when the offset
 * differs, finds the change by bisection (about ten calls more).
 *
 * A lookup costs the same however far its instant lies from the known spans:
 * it starts where the previous span ends when that is less than a week back,
 * else at the instant itself — it never walks. Adjacent spans with the same
 * offset are joined, so a year usually takes two or three spans, and at most
 * `maxSpans` are kept (beyond that the list starts afresh), so no sequence of
 * lookups can grow it without bound.
 */
export type OffsetSpan = { from: number; until: number; offset: number }

const QUARTER_HOUR = 15 * 60_000
/** How far one lookup reaches. */
export const OFFSET_REACH = 7 * 24 * 60 * 60_000
export const DEFAULT_MAX_SPANS = 512

export class OffsetSpans {
  private spans: OffsetSpan[] = []
  private last: OffsetSpan | undefined

  constructor(
    private readonly offsetAt: (ms: number) => number,
    private readonly maxSpans = DEFAULT_MAX_SPANS
  ) {}

  get size() {
    return this.spans.length
  }

  /** The span that holds `ms` (its offset in minutes east of UTC). */
  at(ms: number): OffsetSpan {
    const last = this.last
    if (last && ms >= last.from && ms < last.until) return last
    // Carry on from the span before when the instant is within one reach of
    // its end, so the new span joins it and the list stays short. A change of
    // offset in between ends a step early; a week holds at most one change,
    // so two steps reach the instant.
    for (let step = 0; step < 2; step++) {
      const index = this.firstEndingAfter(ms)
      const known = this.spans[index]
      if (known && ms >= known.from) return (this.last = known)
      const previous = this.spans[index - 1]
      if (!previous || ms - previous.until >= OFFSET_REACH) break
      const span = this.insert(index, this.search(previous.until, known))
      if (ms >= span.from && ms < span.until) return (this.last = span)
    }
    const index = this.firstEndingAfter(ms)
    const known = this.spans[index]
    if (known && ms >= known.from) return (this.last = known)
    return (this.last = this.insert(index, this.search(ms, known)))
  }

  /** The span from the quarter hour holding `ms`, up to a week long, ending at a change of offset or at `next`. */
  private search(ms: number, next: OffsetSpan | undefined): OffsetSpan {
    const from = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR
    const offset = this.offsetAt(from)
    const reachesNext = next !== undefined && next.from <= from + OFFSET_REACH
    let until = reachesNext ? next.from : from + OFFSET_REACH
    const offsetAtEnd = reachesNext ? next.offset : this.offsetAt(until)
    if (offsetAtEnd !== offset) {
      let low = from // same offset
      let high = until // different offset
      while (high - low > QUARTER_HOUR) {
        const mid = low + Math.floor((high - low) / QUARTER_HOUR / 2) * QUARTER_HOUR
        if (this.offsetAt(mid) === offset) low = mid
        else high = mid
      }
      until = high
    }
    return { from, until, offset }
  }

  /** Puts `span` at `index` (spans stay in order, never overlapping) and joins it with equal neighbours. */
  private insert(index: number, span: OffsetSpan): OffsetSpan {
    if (this.spans.length >= this.maxSpans) {
      this.spans = []
      this.last = undefined
      this.spans.push(span)
      return span
    }
    const before = this.spans[index - 1]
    const after = this.spans[index]
    if (before && before.until === span.from && before.offset === span.offset) {
      before.until = span.until
      if (after && after.from === before.until && after.offset === before.offset) {
        before.until = after.until
        this.spans.splice(index, 1)
      }
      return before
    }
    if (after && after.from === span.until && after.offset === span.offset) {
      after.from = span.from
      return after
    }
    this.spans.splice(index, 0, span)
    return span
  }

  /** The index of the first span that ends after `ms` (spans.length when none does). */
  private firstEndingAfter(ms: number) {
    let low = 0
    let high = this.spans.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.spans[mid].until <= ms) low = mid + 1
      else high = mid
    }
    return low
  }
}
