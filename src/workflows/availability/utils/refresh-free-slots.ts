import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SessionVariant, sessionMinutes } from "../../../lib/bookings/session-variant"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"
import { listFreeSlotsWithSettings } from "../../booking/utils/list-free-slots"

type Container = { resolve: <T = any>(key: string) => T }

/** How far ahead the directory's "free when I am" looks. */
export const FREE_SLOT_DAYS = 14
const DAY = 86_400_000
const MINUTE = 60_000

/**
 * Each practitioner's shortest published session: the one whose free slots
 * say whether they have any time at all (a longer session fits in fewer).
 */
export async function shortestSessions(container: Container, practitionerIds: string[]): Promise<Map<string, SessionVariant>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "practitioner",
    fields: [
      "id",
      "handle",
      "display_name",
      "email",
      "timezone",
      "status",
      "meeting_modes",
      "service_address",
      "products.id",
      "products.title",
      "products.status",
      "products.metadata",
      "products.variants.id",
      "products.variants.title",
      "products.variants.metadata",
    ],
    filters: { id: practitionerIds },
  })
  const shortest = new Map<string, SessionVariant>()
  for (const practitioner of data) {
    const { products, ...who } = practitioner
    for (const product of products ?? []) {
      if (!product || product.status !== "published" || product.metadata?.kind !== "session") continue
      for (const variant of product.variants ?? []) {
        const minutes = variant ? sessionMinutes(variant) : undefined
        if (!minutes || (shortest.get(who.id)?.duration_minutes ?? Infinity) <= minutes) continue
        shortest.set(who.id, {
          variant_id: variant.id,
          product_id: product.id,
          title: `${product.title} (${variant.title})`,
          duration_minutes: minutes,
          practitioner: who,
        })
      }
    }
  }
  return shortest
}

/**
 * Recomputes the free slots of these practitioners for the next
 * FREE_SLOT_DAYS with the slot engine itself (the same rules as the slots
 * route) and stores them; one with no published session, or not approved,
 * is left with none.
 */
export async function refreshFreeSlots(container: Container, practitionerIds: string[], now: Date) {
  const availability = container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
  const sessions = await shortestSessions(container, practitionerIds)
  let slots = 0
  for (const practitionerId of practitionerIds) {
    const session = sessions.get(practitionerId)
    if (!session || session.practitioner.status !== "approved") {
      await availability.replaceFreeSlots(practitionerId, [], now)
      continue
    }
    const found = await listFreeSlotsWithSettings(container, {
      session,
      from: now,
      to: new Date(now.getTime() + FREE_SLOT_DAYS * DAY),
      displayZone: "UTC",
      now,
    })
    const { buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes } = found.settings
    await availability.replaceFreeSlots(
      practitionerId,
      found.slots.map((slot) => {
        const starts = new Date(slot.starts_at)
        const ends = new Date(slot.ends_at)
        return {
          variant_id: session.variant_id,
          starts_at: starts,
          ends_at: ends,
          blocked_from: new Date(starts.getTime() - buffer_before_minutes * MINUTE),
          blocked_until: new Date(ends.getTime() + buffer_after_minutes * MINUTE),
          book_by: new Date(starts.getTime() - minimum_notice_minutes * MINUTE),
        }
      }),
      now
    )
    slots += found.slots.length
  }
  return { practitioners: practitionerIds.length, slots }
}
