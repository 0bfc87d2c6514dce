import "server-only"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"

/** One changed field, in words: "Display name: Lerato → Lerato Dube". */
export type FieldChangeLine = { field: string; label: string; before: string; after: string }

/** One change in a practitioner's history: their own, or a staff decision about them (staff unnamed). */
export type HistoryEntry = {
  id: string
  by: "you" | "staff"
  /** The route: "POST /vendor/me". */
  action: string
  target_type: string | null
  target_id: string | null
  created_at: string
  /** The action in words: "Updated profile", "Approved practitioner". */
  summary: string
  field_lines: FieldChangeLine[]
}

/** A page of the history, newest first; `next_cursor` asks for the older page after it (none after the last). */
export type HistoryPage = { history: HistoryEntry[]; next_cursor: string | null; limit: number }

/**
 * One page of the logged-in practitioner's history; null when the cursor is
 * not one the backend gave (an old or edited link), so the page can start again.
 */
export async function listOwnHistory(query: { limit: number; cursor?: string }): Promise<HistoryPage | null> {
  const headers = await practitionerHeaders()
  return orNull(
    () =>
      sdk.client.fetch<HistoryPage>("/vendor/history", {
        query: { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) },
        headers,
        cache: "no-store",
      }),
    [400]
  )
}
