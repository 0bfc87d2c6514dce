import { IANAZone } from "luxon"

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
  const spans: Span[] = []
  let last: Span | undefined
  const spanAt = (ms: number): Span => {
    if (last && ms >= last.from && ms < last.until) return last
    for (const known of spans) if (ms >= known.from && ms < known.until) return (last = known)
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
    last = { from, until, offset, suffix }
    spans.push(last)
    return last
  }
  const offsetMinutes = (ms: number) => spanAt(ms).offset
  return {
    offsetMinutes,
    /**
     * The instant a wall-clock time happens in this zone, as Luxon resolves
     * it: in the spring gap the time moves forward by the gap; in the autumn
     * overlap the first occurrence wins.
     */
    wallToInstant(year: number, month: number, day: number, hour: number, minute: number) {
      const wall = Date.UTC(year, month - 1, day, hour, minute)
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
