import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { practitionersDueForFreeSlots } from "../queries/free-slots-due"
import { refreshFreeSlots } from "../workflows/availability/utils/refresh-free-slots"

const HOUR = 3_600_000
/** At most this many practitioners a run, so one run never outlasts the next. */
const PER_RUN = 300

/** How often the free slots are refreshed (FREE_SLOTS_REFRESH_SECONDS, default 60, at least 5). */
export function freeSlotsRefreshSeconds(env: NodeJS.ProcessEnv = process.env) {
  const seconds = Number(env.FREE_SLOTS_REFRESH_SECONDS || 60)
  return Number.isFinite(seconds) && seconds >= 5 ? seconds : 60
}

/**
 * Every FREE_SLOTS_REFRESH_SECONDS: recomputes the free slots the directory's "free when I am"
 * reads, for practitioners whose hours or bookings changed and for any not
 * computed in the last hour.
 */
export default async function refreshFreeSlotsJob(container: MedusaContainer) {
  const now = new Date()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const due = await practitionersDueForFreeSlots(knex, now, HOUR, PER_RUN)
  if (due.length) await refreshFreeSlots(container, due, now)
}

export const config = { name: "refresh-free-slots", schedule: { interval: freeSlotsRefreshSeconds() * 1000 } }
