import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import BookingModuleService from "../../modules/booking/service"
import { createSessionOfferingWorkflow } from "../../workflows/catalog/workflows/create-session-offering"
import { setWeeklyScheduleWorkflow } from "../../workflows/availability/workflows/set-weekly-schedule"
import { BENCH_HANDLE_PREFIX } from "./bench-practitioners"

/** The practitioner whose calendar the slot benchmarks read: 500 bookings from today, over about two months. */
export const BENCH_CALENDAR_HANDLE = `${BENCH_HANDLE_PREFIX}0000`
export const BENCH_BOOKINGS = 500
/**
 * A practitioner with ten times the bookings: the same eight a day in the
 * measured month, plus months of them before and after, so the two slot
 * lists are alike and only the size of the calendar differs.
 */
export const BENCH_BUSY_CALENDAR_HANDLE = `${BENCH_HANDLE_PREFIX}0001`
export const BENCH_BUSY_BOOKINGS = 5000
const BUSY_DAYS_BEFORE = 150
/** The practitioner the checkout benchmark books: an open calendar, cleared before each run so runs never run out of times. */
export const BENCH_CHECKOUT_HANDLE = `${BENCH_HANDLE_PREFIX}0002`
/** The crystal the checkout benchmark buys; its stock is topped up before each run. */
export const BENCH_CRYSTAL_SKU = "CRY-TGE-1"

const HOUR = 3_600_000
const DAY = 24 * HOUR
const BOOKINGS_A_DAY = 8

/** The benchmark calendars; every other benchmark practitioner gets BENCH_BOOKINGS too ("free when I am" over all of them). */
export async function seedBenchCalendars(args: ExecArgs, handles: string[]) {
  await seedBenchCalendar(args, { handle: BENCH_CALENDAR_HANDLE, bookings: BENCH_BOOKINGS, firstDay: 0 })
  await seedBenchCalendar(args, { handle: BENCH_BUSY_CALENDAR_HANDLE, bookings: BENCH_BUSY_BOOKINGS, firstDay: -BUSY_DAYS_BEFORE })
  await seedBenchCalendar(args, { handle: BENCH_CHECKOUT_HANDLE, bookings: 0, firstDay: 0 })
  const special = new Set([BENCH_CALENDAR_HANDLE, BENCH_BUSY_CALENDAR_HANDLE, BENCH_CHECKOUT_HANDLE])
  for (const handle of handles.filter((h) => !special.has(h))) {
    await seedBenchCalendar(args, { handle, bookings: BENCH_BOOKINGS, firstDay: 0 })
  }
  await clearBenchCheckoutBookings(args)
}

/** The sessions an earlier run's checkouts booked go, so each run books from the same open calendar. */
async function clearBenchCheckoutBookings({ container }: ExecArgs) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "practitioner", fields: ["id"], filters: { handle: BENCH_CHECKOUT_HANDLE } })
  const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const booked = await bookings.listBookings({ practitioner_id: data[0].id }, { select: ["id"] })
  if (booked.length) await bookings.deleteBookings(booked.map((b) => b.id))
}

/**
 * Gives a benchmark practitioner a 60-minute session, hours 06:00–22:00
 * every day, and `bookings` confirmed 30-minute bookings every other hour,
 * eight a day from `firstDay` (days from today; negative is the past): a busy
 * calendar for the slot engine to cut, with a free slot between each two
 * bookings, so the list answered is a real one.
 */
async function seedBenchCalendar({ container }: ExecArgs, calendar: { handle: string; bookings: number; firstDay: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "practitioner",
    fields: ["id", "timezone", "products.id"],
    filters: { handle: calendar.handle },
  })
  const practitioner = data[0]
  // Hours differ by practitioner (from 06:00 to 10:00, until 18:00 to 22:00), so "free when I am" has something to tell apart.
  const n = Number(calendar.handle.slice(BENCH_HANDLE_PREFIX.length)) || 0
  const [start, end] = [`${String(6 + (n % 5)).padStart(2, "0")}:00`, `${18 + (n % 5)}:00`]
  if (!practitioner.products?.length) {
    await createSessionOfferingWorkflow(container).run({
      input: {
        practitioner_id: practitioner.id,
        offering: { title: "Benchmark session", durations: [{ minutes: 60, prices: { zar: 500, usd: 30, eur: 28 } }] },
      },
    })
    await setWeeklyScheduleWorkflow(container).run({
      input: {
        practitioner_id: practitioner.id,
        rules: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start, end })),
      },
    })
  }
  const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const [, existing] = await bookings.listAndCountBookings({ practitioner_id: practitioner.id, status: "confirmed" }, { take: 1 })
  if (existing >= calendar.bookings) return
  const { data: offering } = await query.graph({
    entity: "practitioner",
    fields: ["products.id", "products.variants.id"],
    filters: { id: practitioner.id },
  })
  const product = offering[0].products![0]!
  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  const first = today.getTime() + calendar.firstDay * DAY
  const rows = Array.from({ length: calendar.bookings }, (_, i) => {
    // Eight a day at 06:00, 08:00 … 20:00 UTC: close enough to the practitioner's day.
    const start = new Date(first + Math.floor(i / BOOKINGS_A_DAY) * DAY + (6 + 2 * (i % BOOKINGS_A_DAY)) * HOUR)
    return {
      practitioner_id: practitioner.id,
      product_id: product.id,
      variant_id: product.variants![0]!.id,
      starts_at: start,
      ends_at: new Date(start.getTime() + HOUR / 2),
      blocked_from: start,
      blocked_until: new Date(start.getTime() + HOUR / 2),
      customer_timezone: practitioner.timezone,
      status: "confirmed" as const,
    }
  })
  for (let at = 0; at < rows.length; at += 1000) await bookings.createBookings(rows.slice(at, at + 1000))
}

/** Enough of the checkout crystal for any number of benchmark orders. */
export async function topUpBenchCrystal({ container }: ExecArgs) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [item] = await inventory.listInventoryItems({ sku: BENCH_CRYSTAL_SKU })
  const levels = await inventory.listInventoryLevels({ inventory_item_id: item.id })
  await inventory.updateInventoryLevels(
    levels.map((level) => ({ id: level.id, inventory_item_id: item.id, location_id: level.location_id, stocked_quantity: 100_000 }))
  )
}
