import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { practitionersDueForFreeSlots } from "../queries/free-slots-due"
import { refreshFreeSlots } from "../workflows/availability/utils/refresh-free-slots"

const HOUR = 3_600_000
/** At most this many practitioners a minute, so one run never outlasts the next. */
const PER_RUN = 300

/**
 * Every minute: recomputes the free slots the directory's "free when I am"
 * reads, for practitioners whose hours or bookings changed and for any not
 * computed in the last hour.
 */
export default async function refreshFreeSlotsJob(container: MedusaContainer) {
  const now = new Date()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const due = await practitionersDueForFreeSlots(knex, now, HOUR, PER_RUN)
  if (due.length) await refreshFreeSlots(container, due, now)
}

export const config = { name: "refresh-free-slots", schedule: "* * * * *" }
