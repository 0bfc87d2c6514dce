import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { DateTime } from "luxon"
import { BOOKING_MODULE } from "../../src/modules/booking"
import BookingModuleService from "../../src/modules/booking/service"

/** The variant of a practitioner's session offering with the given duration. */
export async function sessionVariant(container: MedusaContainer, practitionerHandle: string, minutes: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "practitioner",
    fields: ["id", "timezone", "products.id", "products.title", "products.variants.id", "products.variants.metadata"],
    filters: { handle: practitionerHandle },
  })
  const practitioner = data[0]
  for (const product of practitioner.products ?? []) {
    const variant = (product?.variants ?? []).find((v: any) => v?.metadata?.duration_minutes === minutes)
    if (variant)
      return {
        variantId: variant.id as string,
        productId: product!.id as string,
        practitionerId: practitioner.id as string,
        timezone: practitioner.timezone as string,
      }
  }
  throw new Error(`${practitionerHandle} offers no ${minutes}-minute session`)
}

/** A weekday (1 = Monday) at least `minDays` after `now` (the test's one clock reading), as a local date in `zone`. */
export function nextWeekday(zone: string, weekday: number, now: Date, minDays = 2) {
  let day = DateTime.fromJSDate(now).setZone(zone).startOf("day").plus({ days: minDays })
  while (day.weekday !== weekday) day = day.plus({ days: 1 })
  return day
}

/** A confirmed one-hour booking written straight through the booking module (15 minutes' buffer after). */
export async function createConfirmedBooking(
  container: MedusaContainer,
  session: { variantId: string; productId: string; practitionerId: string; timezone: string },
  start: Date
) {
  return container.resolve<BookingModuleService>(BOOKING_MODULE).createBookings({
    practitioner_id: session.practitionerId,
    product_id: session.productId,
    variant_id: session.variantId,
    starts_at: start,
    ends_at: new Date(start.getTime() + 3_600_000),
    blocked_from: start,
    blocked_until: new Date(start.getTime() + 4_500_000),
    customer_timezone: session.timezone,
    status: "confirmed",
  })
}
