import type { AdminBooking } from "./bookings"

/** Who booked: the customer's name, else their email, else the order's email; a guest's hold has none yet. */
export function clientName(booking: Pick<AdminBooking, "customer" | "order">): string {
  const { customer, order } = booking
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ").trim()
  return name || customer?.email || order?.email || "Guest"
}

/** What was booked: "Reiki healing · 60 minutes", or whichever of the two is known. */
export function offeringName(booking: Pick<AdminBooking, "variant">): string | null {
  const product = booking.variant?.product?.title
  const variant = booking.variant?.title
  return [product, variant].filter(Boolean).join(" · ") || null
}

/** Staff may cancel the session now: the backend says so in its allowed actions. */
export function staffCanCancel(booking: Pick<AdminBooking, "allowed_actions">): boolean {
  return booking.allowed_actions.includes("cancel")
}
