import { Modules } from "@medusajs/framework/utils"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dateCancelledWaitlistNotification } from "../../../lib/events/event-change-notifications"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { waitlistDate } from "../utils/date-offer"

export const closeCancelledDateStepId = "close-cancelled-date"

/**
 * A cancelled date sells nothing more: seats held in carts are released (the
 * carts can no longer check them out), and everyone on its waitlist — waiting
 * or holding an offer — is told and their place ends. Conditional moves and
 * keyed emails make running it again do nothing new.
 */
export const closeCancelledDateStep = createStep(
  closeCancelledDateStepId,
  async (input: { event_date_id: string; reason: string }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const held = await events.listEventSeatHolds({ event_date_id: input.event_date_id, status: "held" }, { select: ["id"] })
    if (held.length) await events.updateEventSeatHolds(held.map(({ id }) => ({ id, status: "released" as const })))
    const open = await events.listEventWaitlistEntries(
      { event_date_id: input.event_date_id, status: ["waiting", "offered"] },
      { select: ["id", "email", "status"] }
    )
    const ended = new Set(await events.moveWaitlistEntries({ ids: open.map((e) => e.id), from: ["waiting", "offered"], to: "expired" }))
    const told = open.filter((entry) => ended.has(entry.id))
    if (told.length) {
      const date = await waitlistDate(container, input.event_date_id)
      await container
        .resolve<INotificationModuleService>(Modules.NOTIFICATION)
        .createNotifications(told.map((entry) => dateCancelledWaitlistNotification({ entry, date, reason: input.reason })))
    }
    return new StepResponse({ released_holds: held.length, waitlist_told: told.length })
  }
)
