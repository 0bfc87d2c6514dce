import { redact } from "./redact"

export type Snapshot = Record<string, unknown> | null
export type FieldChange = { before: unknown; after: unknown }

/** Fields every write touches, which say nothing about what changed. */
const BOOKKEEPING = new Set(["updated_at"])

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields that differ between two snapshots of one record, each with its
 * value before and after (redacted). A record created has no `before`; one
 * removed has no `after`: every field it had shows as changed.
 */
export function changedFields(before: Snapshot, after: Snapshot): Record<string, FieldChange> {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: Record<string, FieldChange> = {}
  for (const name of [...names].sort()) {
    if (BOOKKEEPING.has(name)) continue
    const was = before?.[name] ?? null
    const is = after?.[name] ?? null
    if (before && after && same(was, is)) continue
    if (!before && is === null) continue
    if (!after && was === null) continue
    const [redactedBefore, redactedAfter] = [redact({ [name]: was }), redact({ [name]: is })] as Array<Record<string, unknown>>
    changes[name] = { before: before ? redactedBefore[name] : null, after: after ? redactedAfter[name] : null }
  }
  return changes
}
