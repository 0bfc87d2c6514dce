import { StoreHoldBooking } from "../../store/carts/[id]/bookings/validators"
import { StoreRescheduleBooking } from "../../store/bookings/validators"
import { StoreListSlots } from "../../store/practitioners/[handle]/slots/validators"
import { VendorAddTimeOff, VendorListBookings } from "../../vendor/schedule/validators"
import { AdminListBookings } from "../../admin/bookings/validators"
import { bookingHorizon, horizonInstant } from "../instants"

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

describe("dates a request may name", () => {
  it("keeps the booking horizon from a day ago to two years ahead", () => {
    const now = new Date("2026-12-02T10:00:00Z")
    const { earliest, latest } = bookingHorizon(now)
    expect(earliest.toISOString()).toBe("2026-12-01T10:00:00.000Z")
    expect(latest.toISOString()).toBe("2028-12-02T10:00:00.000Z")
  })

  it.each(["0000-01-01T00:00:00Z", "-000001-12-25T00:00:00Z", "+275760-09-13T00:00:00Z", "9999-12-31T23:59:59Z", "1900-01-01T00:00:00Z"])(
    "refuses %s with the range in words",
    (value) => {
      const result = horizonInstant("starts_at").safeParse(value)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0].message).toMatch(/starts_at must (be between|be an ISO date-time)/)
    }
  )

  it("accepts a time within the horizon", () => {
    expect(horizonInstant("starts_at").parse(inDays(30))).toBeInstanceOf(Date)
  })

  it.each([
    ["a hold in the year 0", StoreHoldBooking, { variant_id: "variant_1", starts_at: "0000-01-01T00:00:00Z" }],
    ["a move to the year 9999", StoreRescheduleBooking, { starts_at: "9999-01-01T00:00:00Z" }],
    [
      "a slot window before the year 0",
      StoreListSlots,
      { variant_id: "variant_1", from: "-000001-12-25T00:00:00Z", to: "0000-01-05T00:00:00Z" },
    ],
    ["a slot window ending in the year 3000", StoreListSlots, { variant_id: "variant_1", from: inDays(1), to: "3000-01-01" }],
    ["time off a century ahead", VendorAddTimeOff, { starts_at: "2126-01-01T00:00:00Z", ends_at: "2126-01-02T00:00:00Z" }],
    ["a vendor list filter in the year 0", VendorListBookings, { from: "0000-01-01T00:00:00Z" }],
    ["a staff list filter in the year 9999", AdminListBookings, { to: "9999-01-01T00:00:00Z" }],
  ])("refuses %s", (_case, schema, body) => {
    expect((schema as { safeParse: (v: unknown) => { success: boolean } }).safeParse(body).success).toBe(false)
  })

  it("still accepts the storefront's own requests", () => {
    expect(StoreListSlots.safeParse({ variant_id: "variant_1", from: inDays(0), to: inDays(14) }).success).toBe(true)
    expect(StoreListSlots.safeParse({ variant_id: "variant_1", from: inDays(1).slice(0, 10) }).success).toBe(true)
    expect(StoreHoldBooking.safeParse({ variant_id: "variant_1", starts_at: inDays(3) }).success).toBe(true)
    expect(VendorListBookings.safeParse({ from: "2025-01-01T00:00:00Z" }).success).toBe(true)
  })
})
