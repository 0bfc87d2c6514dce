import { IANAZone } from "luxon"
import { utcMillis } from "./utc-millis"

const QUARTER_HOUR = 15 * 60_000
const DAY = 24 * 60 * 60_000
/** How far one lookup reaches: clocks change at most a few times a year, never twice in a week. */
const REACH = 7 * DAY

type Span = { from: number; until: number; offset: number; suffix: string }

/**
 * Wall-clock ISO strings in one zone, fast. Asking Intl for a zone's offset
 * is the slow part of formatting, and an offset holds between transitions,
 * which fall on quarter hours (offsets are multiples of 15 minutes and clocks
 * change on the hour or half hour). So each lookup finds the span its offset
 * holds for — a week ahead at once, or up to the transition by bisection —
 * and later instants in that span need no Intl call at all.
 */
export function zoneClock(zone: string) {
  const iana = IANAZone.create(zone)
  // Known spans, in time order and never overlapping: a lookup is a binary
  // search, so its cost does not grow with how many spans were found before.
  const spans: Span[] = []
  let last: Span | undefined
  const spanAt = (ms: number): Span => {
    if (last && ms >= last.from && ms < last.until) return last
    const index = firstEndingAfter(spans, ms)
    const known = spans[index]
    if (known && ms >= known.from) return (last = known)
    const from = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR
    const offset = iana.offset(from)
    let until = from + REACH
    if (iana.offset(until) !== offset) {
      let low = from // same offset
      let high = until // different offset
      while (high - low > QUARTER_HOUR) {
        const mid = low + Math.floor((high - low) / QUARTER_HOUR / 2) * QUARTER_HOUR
        if (iana.offset(mid) === offset) low = mid
        else high = mid
      }
      until = high
    }
    const abs = Math.abs(offset)
    const suffix = `${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
    // A new span stops where the next known one starts, so spans never overlap.
    last = { from, until: known ? Math.min(until, known.from) : until, offset, suffix }
    spans.splice(index, 0, last)
    return last
  }
  const offsetMinutes = (ms: number) => spanAt(ms).offset
  return {
    offsetMinutes,
    /**
     * The instant a wall-clock time happens in this zone: in the spring gap
     * the time moves forward by the gap; in the autumn overlap the first
     * occurrence wins, always (Luxon alone would pick by the offset in force
     * when the process first asked).
     */
    wallToInstant(year: number, month: number, day: number, hour: number, minute: number) {
      const wall = utcMillis(year, month, day, hour, minute)
      // The instant lies within 14 hours of `wall`; offsets two days either
      // side are the ones before and after any transition near it.
      const before = offsetMinutes(wall - 2 * DAY)
      const after = offsetMinutes(wall + 2 * DAY)
      const withBefore = wall - before * 60_000
      const withAfter = wall - after * 60_000
      const beforeHolds = offsetMinutes(withBefore) === before
      const afterHolds = offsetMinutes(withAfter) === after
      if (beforeHolds && afterHolds) return Math.min(withBefore, withAfter)
      if (beforeHolds) return withBefore
      if (afterHolds) return withAfter
      return withBefore // a gap: read with the offset before it, the time lands after it
    },
    /** "2026-06-15T05:00:00+01:00" */
    isoLocal(ms: number) {
      const span = spanAt(ms)
      return new Date(ms + span.offset * 60_000).toISOString().slice(0, 19) + span.suffix
    },
  }
}

/** The index of the first span that ends after `ms` (spans.length when none does). */
function firstEndingAfter(spans: Span[], ms: number) {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (spans[mid].until <= ms) low = mid + 1
    else high = mid
  }
  return low
}
