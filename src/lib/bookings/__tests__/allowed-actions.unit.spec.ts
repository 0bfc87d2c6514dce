import { allowedBookingActions } from "../allowed-actions"
import { PLATFORM_POLICY } from "../policy"

const now = new Date("2026-12-07T08:00:00Z")
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000)

describe("allowedBookingActions", () => {
  it.each([
    ["customer", "confirmed", 30, 0, ["cancel", "reschedule"]],
    ["customer", "confirmed", 6, 0, ["cancel"]],
    ["customer", "confirmed", 30, 2, ["cancel"]],
    ["customer", "confirmed", -1, 0, []],
    ["customer", "cancelled", 30, 0, []],
    ["practitioner", "confirmed", 30, 0, ["cancel"]],
    ["practitioner", "confirmed", -1, 0, ["cancel", "complete", "no_show"]],
    ["practitioner", "completed", -1, 0, []],
    ["staff", "confirmed", 30, 0, ["cancel"]],
    ["staff", "confirmed", -1, 0, ["cancel"]],
    ["staff", "held", 30, 0, []],
  ] as const)("%s, %s booking %i h away, moved %i times → %j", (viewer, status, inHours, moves, expected) => {
    const booking = { status, starts_at: hours(inHours), reschedule_count: moves }
    expect(allowedBookingActions(booking, viewer, PLATFORM_POLICY, now)).toEqual(expected)
  })
})
