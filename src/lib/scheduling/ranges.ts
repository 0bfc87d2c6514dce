/**
 * Half-open time ranges [start, end) in epoch milliseconds, and the set
 * operations the slot engine is built from. Inputs need not be sorted;
 * outputs are sorted and merged.
 */
export type Range = { start: number; end: number }

export function merge(ranges: Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start)
  const merged: Range[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

/** `from` minus every range in `remove`. */
export function subtract(from: Range[], remove: Range[]): Range[] {
  const holes = merge(remove)
  const result: Range[] = []
  for (const range of merge(from)) {
    let cursor = range.start
    for (const hole of holes) {
      if (hole.end <= cursor || hole.start >= range.end) continue
      if (hole.start > cursor) result.push({ start: cursor, end: hole.start })
      cursor = Math.max(cursor, hole.end)
      if (cursor >= range.end) break
    }
    if (cursor < range.end) result.push({ start: cursor, end: range.end })
  }
  return result
}

export function overlaps(a: Range, b: Range) {
  return a.start < b.end && b.start < a.end
}
