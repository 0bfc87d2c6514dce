import { IANAZone } from "luxon"
import { IsoFormatter } from "./iso-format"
import { OffsetSpan, OffsetSpans } from "./offset-spans"
import { utcMillis } from "./utc-millis"

const DAY = 24 * 60 * 60_000
/** Zones whose offsets are remembered between calls; the oldest is forgotten first. */
const MAX_REMEMBERED_ZONES = 64

const remembered = new Map<string, OffsetSpans>()

/**
 * The offset spans of a zone, shared by every clock of that zone: a zone's
 * offsets never change while the process runs, so the Intl calls that found
 * them are made once, not on every request. Bounded in zones and in spans.
 */
function spansOf(zone: string): OffsetSpans {
  const known = remembered.get(zone)
  if (known) return known
  const iana = IANAZone.create(zone)
  const spans = new OffsetSpans((ms) => iana.offset(ms))
  if (remembered.size >= MAX_REMEMBERED_ZONES) remembered.delete(remembered.keys().next().value!)
  remembered.set(zone, spans)
  return spans
}

export type ZoneClock = ReturnType<typeof clockOver>

/** Wall-clock times in an IANA zone (see clockOver); its offsets are remembered across calls. */
export function zoneClock(zone: string): ZoneClock {
  return clockOver(spansOf(zone))
}

/**
 * Wall-clock maths and ISO strings in one zone, over its offset spans: an
 * instant's offset is a lookup in a short sorted list, and only instants in
 * stretches not seen before ask the zone itself.
 */
export function clockOver(spans: OffsetSpans) {
  const offsetMinutes = (ms: number) => spans.at(ms).offset
  const local = new IsoFormatter()
  const suffixes = new Map<number, string>()
  const suffixOf = (span: OffsetSpan) => {
    let suffix = suffixes.get(span.offset)
    if (suffix === undefined) suffixes.set(span.offset, (suffix = offsetSuffix(span.offset)))
    return suffix
  }
  /** The instant a wall-clock time (epoch ms read as UTC) happens; see wallToInstant. */
  const instantOfWall = (wall: number) => {
    // The instant lies within 14 hours of `wall`; offsets two days either
    // side are the ones before and after any change near it. When one span
    // covers both, there is no change and the offset is that span's.
    const around = spans.at(wall - 2 * DAY)
    if (around.until > wall + 2 * DAY) return wall - around.offset * 60_000
    const before = around.offset
    const after = offsetMinutes(wall + 2 * DAY)
    const withBefore = wall - before * 60_000
    const withAfter = wall - after * 60_000
    const beforeHolds = offsetMinutes(withBefore) === before
    const afterHolds = offsetMinutes(withAfter) === after
    if (beforeHolds && afterHolds) return Math.min(withBefore, withAfter)
    if (beforeHolds) return withBefore
    if (afterHolds) return withAfter
    return withBefore // a gap: read with the offset before it, the time lands after it
  }
  return {
    offsetMinutes,
    instantOfWall,
    /**
     * The instant a wall-clock time happens in this zone: in the spring gap
     * the time moves forward by the gap; in the autumn overlap the first
     * occurrence wins, always (Luxon alone would pick by the offset in force
     * when the process first asked).
     */
    wallToInstant(year: number, month: number, day: number, hour: number, minute: number) {
      return instantOfWall(utcMillis(year, month, day, hour, minute))
    },
    /** "2026-06-15T05:00:00+01:00" */
    isoLocal(ms: number) {
      const span = spans.at(ms)
      return local.seconds(ms + span.offset * 60_000) + suffixOf(span)
    },
  }
}

/** "+05:30", "-04:00" for an offset in minutes. */
function offsetSuffix(offset: number) {
  const abs = Math.abs(offset)
  return `${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
}
