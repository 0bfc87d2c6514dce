import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BOOKING_MODULE } from ".."
import { Booking, BOOKING_STATUSES } from "../models/booking"
import type BookingModuleService from "../service"

type BookingSuite = Parameters<typeof moduleIntegrationTestRunner<BookingModuleService>>[0]["testSuite"]

/** The booking module alone on its own tables, built by its migrations (the exclusion constraint among them). */
export function bookingModuleSuite(testSuite: BookingSuite) {
  moduleIntegrationTestRunner<BookingModuleService>({
    moduleName: BOOKING_MODULE,
    moduleModels: [Booking],
    resolve: "./src/modules/booking",
    pathToMigrations: "./src/modules/booking/migrations",
    testSuite,
  })
}

/** An instant on a fixed day (no clock), "HH:MM" in UTC. */
export const at = (time: string) => new Date(`2026-12-01T${time}:00Z`)

/** A booking (held unless said) with the given end of its buffer after, written straight through the module. */
export const booking = (
  practitioner_id: string,
  start: string,
  end: string,
  bufferEnd: string,
  status: (typeof BOOKING_STATUSES)[number] = "held"
) => ({
  practitioner_id,
  product_id: "prod_test",
  variant_id: "variant_test",
  starts_at: at(start),
  ends_at: at(end),
  blocked_from: at(start),
  blocked_until: at(bufferEnd),
  customer_timezone: "Africa/Johannesburg",
  status,
})
