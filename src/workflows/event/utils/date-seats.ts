import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { IInventoryService } from "@medusajs/framework/types"
import { DateSeats, SEAT_HOLD_GRACE_MS } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

/**
 * Each date's seats at `now`: the stock of its inventory item (the room),
 * what Medusa has reserved for orders, what carts hold (holds of
 * `except_cart_id` left out, so a cart can be checked against the seats left
 * for it), and the waitlist's claim (seats kept for offers, entries waiting).
 */
export async function seatsOfDates(
  container: MedusaContainer,
  input: { event_date_ids: string[]; now: Date; except_cart_id?: string }
): Promise<Map<string, DateSeats>> {
  const ids = [...new Set(input.event_date_ids)]
  if (!ids.length) return new Map()
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const dates = await events.listEventDates({ id: ids }, { select: ["id", "inventory_item_id"] })
  const itemIds = dates.flatMap((date) => (date.inventory_item_id ? [date.inventory_item_id] : []))
  const levels = itemIds.length
    ? await container.resolve<IInventoryService>(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds })
    : []
  const [held, waitlist] = await Promise.all([
    events.seatsHeld({
      event_date_ids: ids,
      since: new Date(input.now.getTime() - SEAT_HOLD_GRACE_MS),
      except_cart_id: input.except_cart_id,
    }),
    events.waitlistDemand({ event_date_ids: ids, now: input.now }),
  ])
  return new Map(
    dates.map((date) => {
      const own = levels.filter((level) => level.inventory_item_id === date.inventory_item_id)
      return [
        date.id,
        {
          stocked: own.reduce((sum, level) => sum + Number(level.stocked_quantity), 0),
          reserved: own.reduce((sum, level) => sum + Number(level.reserved_quantity), 0),
          held: held.get(date.id) ?? 0,
          offered: waitlist.get(date.id)?.offered ?? 0,
          waiting: waitlist.get(date.id)?.waiting ?? 0,
        },
      ]
    })
  )
}

/** The lock every count and change of a date's seats is taken under: holds, waitlist joins, offers and claims. */
export const dateSeatsLockKey = (eventDateId: string) => `event-date-seats:${eventDateId}`
