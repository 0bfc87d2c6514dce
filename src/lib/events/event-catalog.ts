import type { EventFormat, EventKind, TicketTypeKind } from "../../modules/event/values"

const HOUR = 3_600_000

/** An event as its host or staff describe it: the event, its dates and its ticket types with their prices. */
export type NewEvent = {
  host_practitioner_id: string | null
  title: string
  handle: string
  description?: string
  kind: EventKind
  format: EventFormat
  venue_name?: string
  venue_address?: string
  city?: string
  latitude?: number
  longitude?: number
  timezone: string
  online_url?: string
  images?: string[]
  check_in_opens_minutes?: number
  status: "draft" | "published"
  dates: Array<{ starts_at: Date; ends_at: Date; capacity: number }>
  ticket_types: Array<{
    name: string
    kind: TicketTypeKind
    sale_starts_at?: Date
    sale_ends_at?: Date
    per_order_limit?: number
    /** Major units per lower-case currency code, e.g. { zar: 350 }. */
    prices: Record<string, number>
  }>
}

/** The event with its instants as Dates again (a workflow's stored input holds them as strings). */
export function reviveNewEvent(event: NewEvent): NewEvent {
  const at = (value: Date | string | undefined) => (value === undefined ? undefined : new Date(value))
  return {
    ...event,
    dates: event.dates.map((date) => ({ ...date, starts_at: at(date.starts_at)!, ends_at: at(date.ends_at)! })),
    ticket_types: event.ticket_types.map((type) => ({
      ...type,
      sale_starts_at: at(type.sale_starts_at),
      sale_ends_at: at(type.sale_ends_at),
    })),
  }
}

/** The most dates one event runs on, and the most seats one date has. */
export const MAX_EVENT_DATES = 52
export const MAX_DATE_CAPACITY = 10_000
export const MAX_TICKET_TYPES = 6
/** An event date lasts at most this long (a retreat of two weeks). */
const MAX_DATE_HOURS = 14 * 24

type NewDate = NewEvent["dates"][number]

/** What is wrong with one date (`label` names it in the words): its span, that it is still to come, its capacity. */
export function dateProblems(date: NewDate, label: string, now: Date): string[] {
  const problems: string[] = []
  const span = date.ends_at.getTime() - date.starts_at.getTime()
  if (span <= 0) problems.push(`${label} must end after it starts`)
  else if (span > MAX_DATE_HOURS * HOUR) problems.push(`${label} lasts longer than ${MAX_DATE_HOURS / 24} days`)
  if (date.starts_at.getTime() <= now.getTime()) problems.push(`${label} starts in the past`)
  if (!Number.isInteger(date.capacity) || date.capacity < 1 || date.capacity > MAX_DATE_CAPACITY) {
    problems.push(`${label} needs a capacity from 1 to ${MAX_DATE_CAPACITY}`)
  }
  return problems
}

/** Whether any two of these dates overlap. */
export function datesOverlap(dates: Array<Pick<NewDate, "starts_at" | "ends_at">>) {
  const byStart = [...dates].sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime())
  return byStart.some((date, i) => i > 0 && date.starts_at < byStart[i - 1].ends_at)
}

/** What is wrong with a new event, in words for whoever describes it; empty when nothing is. */
export function newEventProblems(event: NewEvent, now: Date): string[] {
  const problems: string[] = []
  if (event.format !== "online" && !event.venue_name?.trim()) problems.push("an event that meets in person needs venue_name")
  if (event.format !== "in_person" && !event.online_url) problems.push("an online or hybrid event needs online_url")
  if ((event.latitude === undefined) !== (event.longitude === undefined)) problems.push("give latitude and longitude together")
  if (event.dates.length === 0 || event.dates.length > MAX_EVENT_DATES) problems.push(`an event runs on 1 to ${MAX_EVENT_DATES} dates`)
  event.dates.forEach((date, i) => problems.push(...dateProblems(date, `dates[${i}]`, now)))
  if (datesOverlap(event.dates)) problems.push("two dates of the event overlap")
  if (event.ticket_types.length === 0 || event.ticket_types.length > MAX_TICKET_TYPES) {
    problems.push(`an event sells 1 to ${MAX_TICKET_TYPES} ticket types`)
  }
  const names = event.ticket_types.map((t) => t.name.trim().toLowerCase())
  if (new Set(names).size !== names.length) problems.push("ticket type names must differ")
  const currencies = (t: NewEvent["ticket_types"][number]) => Object.keys(t.prices).sort().join(",")
  event.ticket_types.forEach((type, i) => {
    if (Object.keys(type.prices).length === 0) problems.push(`ticket_types[${i}] needs a price`)
    else if (currencies(type) !== currencies(event.ticket_types[0])) problems.push("every ticket type needs a price in the same currencies")
    if (type.sale_starts_at && type.sale_ends_at && type.sale_ends_at <= type.sale_starts_at) {
      problems.push(`ticket_types[${i}] sale_ends_at must be after sale_starts_at`)
    }
    if (type.kind === "early_bird" && !type.sale_ends_at) problems.push(`ticket_types[${i}] is an early bird ticket: give sale_ends_at`)
  })
  return [...new Set(problems)]
}

/** A date as shoppers see it on a variant, "Fri, 15 Jan 2027, 19:00" in the event's zone: distinct for distinct starts. */
export function dateLabel(startsAt: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(startsAt)
}

/** The SKU of the variant selling ticket type `typeIndex` for date `dateIndex`: unique in the store, how the variants are matched back. */
export function ticketSku(eventHandle: string, dateIndex: number, typeIndex: number) {
  return `EVT-${eventHandle}-D${dateIndex + 1}-T${typeIndex + 1}`.toUpperCase()
}

/** The SKU of a date's inventory item: its seats. */
export function seatsSku(eventHandle: string, dateIndex: number) {
  return `EVT-${eventHandle}-D${dateIndex + 1}-SEATS`.toUpperCase()
}

/**
 * The product that sells an event's tickets: options Date and Ticket, a
 * variant per date and ticket type, each drawing one seat from its date's
 * inventory item, so all ticket types of a date share its capacity.
 */
export function eventProductInput(event: NewEvent, context: { seatItemIds: string[]; salesChannelId?: string; categoryId?: string }) {
  const dates = event.dates.map((d) => dateLabel(d.starts_at, event.timezone))
  const types = event.ticket_types.map((t) => t.name)
  return {
    title: event.title,
    handle: `event-${event.handle}`,
    description: event.description,
    status: event.status,
    is_giftcard: false,
    discountable: true,
    ...(context.categoryId ? { category_ids: [context.categoryId] } : {}),
    ...(context.salesChannelId ? { sales_channels: [{ id: context.salesChannelId }] } : {}),
    options: [
      { title: "Date", values: dates },
      { title: "Ticket", values: types },
    ],
    metadata: { kind: "event" },
    variants: event.dates.flatMap((_, d) =>
      event.ticket_types.map((type, t) => ({
        title: `${dates[d]} · ${types[t]}`,
        sku: ticketSku(event.handle, d, t),
        manage_inventory: true,
        allow_backorder: false,
        options: { Date: dates[d], Ticket: types[t] },
        inventory_items: [{ inventory_item_id: context.seatItemIds[d], required_quantity: 1 }],
        prices: Object.entries(type.prices).map(([currency_code, amount]) => ({ currency_code: currency_code.toLowerCase(), amount })),
      }))
    ),
  }
}
