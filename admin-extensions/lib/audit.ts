import { useQuery } from "@tanstack/react-query"
import type { AuditActor } from "../../src/modules/audit/values"
import type { AuditListQuery } from "./audit-filters"

/** What an entry's `changes` hold: each changed field before and after, and what the request asked. */
export type AuditChanges = {
  fields?: Record<string, { before: unknown; after: unknown }>
  request?: Record<string, unknown>
}

/** One changed field, in words: "Display name: Lerato → Lerato Dube". */
export type FieldChangeLine = { field: string; label: string; before: string; after: string }
import { sdk } from "./sdk"

export type { AuditActor }

/** One write through the API, as staff read the log. */
export type AuditEntry = {
  id: string
  actor_type: AuditActor
  actor_id: string
  /** A staff user's email or a practitioner's display name; null for an API key or someone since removed. */
  actor_name: string | null
  /** The route: "POST /admin/products/:id". */
  action: string
  target_type: string | null
  target_id: string | null
  changes: AuditChanges | null
  status_code: number
  request_id: string | null
  ip: string | null
  user_agent: string | null
  created_at: string
  /** The action in words: "Updated product", "Approved review". */
  summary: string
  field_lines: FieldChangeLine[]
}

/** A page of the log, newest first; `next_cursor` asks for the page after it (none after the last). */
export type AuditPage = { audit_entries: AuditEntry[]; next_cursor: string | null; limit: number }

/** Who wrote, in words. */
export const ACTOR_LABELS: Record<AuditActor, string> = { user: "Staff", "api-key": "API key", practitioner: "Practitioner" }

export const useAuditEntries = (query: AuditListQuery) =>
  useQuery({
    queryKey: ["avenrae", "audit-entries", query],
    queryFn: () => sdk.client.fetch<AuditPage>("/admin/audit-entries", { query }),
  })
