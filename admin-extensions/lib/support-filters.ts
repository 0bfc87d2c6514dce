import { SUPPORT_CATEGORIES, SUPPORT_LINKS, SUPPORT_STATUSES } from "../../src/modules/support/values"
import type { SupportCategory, SupportLink, SupportListQuery, SupportStatus } from "./support"

/** The assignee filter's two words besides a user id. */
export const UNASSIGNED = "none"
export const ME = "me"

/**
 * The Support inbox's filters. They live in its address (?status=…&assignee=me),
 * so an order's widget can link to its requests and a view can be shared.
 * The API's overdue filter means "still waiting on staff past the target",
 * whatever the status asked, so with "Overdue only" the status is dropped.
 */
export type SupportFilters = {
  status?: SupportStatus
  category?: SupportCategory
  /** UNASSIGNED, ME (whoever is signed in), or a staff user's id. */
  assignee?: string
  overdue: boolean
  link_type?: SupportLink
  /** Only with link_type. */
  link_id?: string
}

const NAMES = ["status", "category", "assignee", "overdue", "link_type", "link_id"] as const
type Name = (typeof NAMES)[number]

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((candidate) => candidate === value)

/** The filters `read` names, without what does not apply: unknown values, a link id without its type, a status beside "Overdue only". */
function cleaned(read: (name: Name) => string | undefined): SupportFilters {
  const word = (name: Name) => read(name)?.trim() || undefined
  const overdue = word("overdue") === "true"
  const status = overdue ? undefined : oneOf(SUPPORT_STATUSES, word("status"))
  const category = oneOf(SUPPORT_CATEGORIES, word("category"))
  const assignee = word("assignee")
  const link_type = oneOf(SUPPORT_LINKS, word("link_type"))
  const link_id = link_type ? word("link_id") : undefined
  return {
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(assignee ? { assignee } : {}),
    overdue,
    ...(link_type ? { link_type } : {}),
    ...(link_id ? { link_id } : {}),
  }
}

const cleanedOf = (filters: Partial<SupportFilters>) => cleaned((name) => (filters[name] === undefined ? undefined : String(filters[name])))

export const filtersFromParams = (params: URLSearchParams): SupportFilters => cleaned((name) => params.get(name) ?? undefined)

export function paramsOfFilters(filters: Partial<SupportFilters>): URLSearchParams {
  const shown = cleanedOf(filters)
  const params = new URLSearchParams()
  for (const name of NAMES) {
    const value = shown[name]
    if (value) params.set(name, String(value))
  }
  return params
}

/** The Support page showing these filters, e.g. every request about one order. */
export const supportPageLink = (filters: Partial<SupportFilters>) => {
  const query = paramsOfFilters(filters).toString()
  return query ? `/support?${query}` : "/support"
}

/** The API query for one page of the filtered inbox; null while the filters name ME and `myId` is not known yet. */
export function listQueryOf(filters: SupportFilters, page: { limit: number; offset: number }, myId?: string): SupportListQuery | null {
  const { assignee, overdue, ...others } = cleanedOf(filters)
  const assignee_id = assignee === ME ? myId : assignee
  if (assignee && !assignee_id) return null
  return {
    ...others,
    ...(assignee_id ? { assignee_id } : {}),
    ...(overdue ? { overdue: "true" } : {}),
    ...page,
  }
}
