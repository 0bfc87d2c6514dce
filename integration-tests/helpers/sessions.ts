import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { DateTime } from "luxon"

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
    if (variant) return { variantId: variant.id as string, productId: product!.id as string, practitionerId: practitioner.id as string, timezone: practitioner.timezone as string }
  }
  throw new Error(`${practitionerHandle} offers no ${minutes}-minute session`)
}

/** A weekday (1 = Monday) at least `minDays` ahead, as a local date in `zone`. */
export function nextWeekday(zone: string, weekday: number, minDays = 2) {
  let day = DateTime.now().setZone(zone).startOf("day").plus({ days: minDays })
  while (day.weekday !== weekday) day = day.plus({ days: 1 })
  return day
}
