import type { StaffUser, SupportAuthor, SupportCategory, SupportLink, SupportPriority, SupportStatus } from "./support"

/** The support vocabularies in words, as staff read them. */
export const STATUS_LABELS: Record<SupportStatus, string> = {
  open: "Open",
  waiting_on_staff: "Waiting on staff",
  waiting_on_customer: "Waiting on customer",
  resolved: "Resolved",
  closed: "Closed",
}

export const CATEGORY_LABELS: Record<SupportCategory, string> = {
  order: "Order",
  session: "Session",
  event_ticket: "Event ticket",
  payout: "Payout",
  account: "Account",
  other: "Other",
}

export const PRIORITY_LABELS: Record<SupportPriority, string> = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" }

/** Who opened a request or wrote a message. */
export const PERSON_LABELS: Record<SupportAuthor, string> = { customer: "Customer", practitioner: "Practitioner", staff: "Staff" }

export const LINK_LABELS: Record<SupportLink, string> = {
  order: "Order",
  booking: "Session booking",
  ticket: "Event ticket",
  payout: "Payout",
}

/** The admin page of a request's linked record, for the records the admin shows on a page of their own. */
export const linkedRecordPath = (type: SupportLink | null, id: string | null) => (type === "order" && id ? `/orders/${id}` : null)

/** The admin page of a requester or participant. */
export const personPath = (type: SupportAuthor | undefined, id: string | undefined) =>
  id && type === "customer" ? `/customers/${id}` : id && type === "practitioner" ? `/practitioners/${id}` : null

/** A staff user by name, or by email when they gave none. */
export const userName = (user: Pick<StaffUser, "email" | "first_name" | "last_name">) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || user.email

/** A response time: "45 min", "3 h 20 min", "2 d 4 h"; "—" when it has not happened. */
export function minutesInWords(minutes: number | null): string {
  if (minutes === null) return "—"
  const whole = Math.max(0, Math.round(minutes))
  const [days, hours, mins] = [Math.floor(whole / 1440), Math.floor((whole % 1440) / 60), whole % 60]
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`
  if (hours) return mins ? `${hours} h ${mins} min` : `${hours} h`
  return `${mins} min`
}

/** A file size: "512 B", "14 KB", "2.5 MB". */
export function bytesInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`
}
