import { AUDIT_ACTORS, type AuditActor, MAX_EXPORT_DAYS } from "../../src/modules/audit/values"

/**
 * The Audit page's filters. They live in its address (?target_type=order&target_id=…),
 * so a record's History can link to its whole history and a view can be shared.
 */
export type AuditFilters = {
  actor_type?: AuditActor
  actor_id?: string
  /** A record type as the log names it: "product", "order", "practitioner", "review"… */
  target_type?: string
  target_id?: string
  /** A route exactly as the log names it: "POST /admin/products/:id". */
  action?: string
  /** Days ("2026-12-01") on the staff member's own clock, both included. */
  from?: string
  to?: string
}

/** GET /admin/audit-entries's query (and, with from, to and format, the export's). */
export type AuditListQuery = Omit<AuditFilters, "from" | "to"> & { from?: string; to?: string; limit: number; cursor?: string }

export type ExportFormat = "csv" | "jsonl"

const TEXTS = ["actor_id", "target_type", "target_id", "action"] as const
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** How far back an export goes when the filters name no dates. */
export const DEFAULT_EXPORT_DAYS = 30
const DAY_MS = 86_400_000

/** Local midnight starting a "YYYY-MM-DD" day; undefined for anything else. */
export function dayStart(day: string, plusDays = 0): Date | undefined {
  const parts = DAY.exec(day)
  if (!parts) return undefined
  const [year, month, date] = [Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])]
  const start = new Date(year, month, date)
  // new Date rolls 2026-02-31 over to March: such a day does not exist.
  if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return undefined
  return new Date(year, month, date + plusDays)
}

/** The local day ("YYYY-MM-DD") an instant falls on. */
const dayOf = (instant: Date) =>
  [instant.getFullYear(), instant.getMonth() + 1, instant.getDate()].map((n) => String(n).padStart(2, "0")).join("-")

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {}
  const actor = AUDIT_ACTORS.find((candidate) => candidate === params.get("actor_type"))
  if (actor) filters.actor_type = actor
  for (const name of TEXTS) {
    const value = params.get(name)?.trim()
    if (value) filters[name] = value
  }
  for (const name of ["from", "to"] as const) {
    const value = params.get(name)
    if (value && dayStart(value)) filters[name] = value
  }
  return filters
}

export function paramsOfFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of ["actor_type", ...TEXTS, "from", "to"] as const) {
    const value = filters[name]?.trim()
    if (value) params.set(name, value)
  }
  return params
}

/** The Audit page showing these filters, e.g. every entry about one order. */
export const auditPageLink = (filters: AuditFilters) => {
  const query = paramsOfFilters(filters).toString()
  return query ? `/audit?${query}` : "/audit"
}

/** The filters' days as the API's instants: from the first day's midnight to the midnight after the last day. */
function instantsOf(filters: AuditFilters) {
  const from = filters.from ? dayStart(filters.from) : undefined
  const to = filters.to ? dayStart(filters.to, 1) : undefined
  return { ...(from ? { from: from.toISOString() } : {}), ...(to ? { to: to.toISOString() } : {}) }
}

/** The API query for one page of the filtered list; `cursor` is the previous page's next_cursor. */
export function listQueryOf(filters: AuditFilters, page: { limit: number; cursor?: string }): AuditListQuery {
  const { from: _from, to: _to, ...others } = filters
  return { ...others, ...instantsOf(filters), limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) }
}

/**
 * The days an export covers: the filters' days, or the last DEFAULT_EXPORT_DAYS
 * days up to today when they name none (with only one of them, the other is
 * DEFAULT_EXPORT_DAYS away).
 */
export function exportDays(filters: AuditFilters, now: Date): { from: string; to: string } {
  const to = filters.to ?? (filters.from ? dayOf(dayStart(filters.from, DEFAULT_EXPORT_DAYS - 1)!) : dayOf(now))
  const from = filters.from ?? dayOf(dayStart(to, 1 - DEFAULT_EXPORT_DAYS)!)
  return { from, to }
}

/** Why these days cannot be exported, in the backend's words; null when they can. */
export function exportProblem(filters: AuditFilters, now: Date): string | null {
  const days = exportDays(filters, now)
  const from = dayStart(days.from)!.getTime()
  const to = dayStart(days.to, 1)!.getTime()
  if (from >= to) return "The first day must not be after the last."
  // As the backend counts: a range across a clock change is an hour longer or shorter than its days.
  if (to - from > MAX_EXPORT_DAYS * DAY_MS) {
    return `An export covers at most ${MAX_EXPORT_DAYS} days; export a longer time in parts.`
  }
  return null
}

/** The export route for these filters and days; the browser downloads it with the staff session. */
export function exportLinkOf(filters: AuditFilters, format: ExportFormat, now: Date): string {
  const { limit: _limit, ...query } = listQueryOf({ ...filters, ...exportDays(filters, now) }, { limit: 1 })
  const params = new URLSearchParams(Object.entries({ ...query, format }).filter((entry): entry is [string, string] => !!entry[1]))
  return `/admin/audit-entries/export?${params}`
}

const RECORD_PAGES: Record<string, string> = {
  order: "orders",
  product: "products",
  customer: "customers",
  practitioner: "practitioners",
  event: "events",
}

/** The admin page of a record the log names, for the record types the admin shows on a page of their own. */
export function recordPath(type: string | null, id: string | null): string | null {
  const page = type ? RECORD_PAGES[type] : undefined
  return page && id ? `/${page}/${id}` : null
}
