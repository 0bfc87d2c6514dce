import { AdminListBookings } from "../../admin/bookings/validators"
import { AdminLowStockParams } from "../../admin/inventory/low-stock/validators"
import { AdminListPractitioners } from "../../admin/practitioners/validators"
import { AdminSetProductPractitioner } from "../../admin/products/[id]/practitioner/validators"
import { StoreBookingCalendar, StoreListMyBookings } from "../../store/bookings/validators"
import { StoreHoldBooking } from "../../store/carts/[id]/bookings/validators"
import { StoreListSlots } from "../../store/practitioners/[handle]/slots/validators"
import { StoreListPractitioners } from "../../store/practitioners/validators"
import { VendorUpdateMe } from "../../vendor/practitioners/validators"
import { VendorListBookings, VendorSaveSettings } from "../../vendor/schedule/validators"
import { MAX_ID_LENGTH, MAX_LIST_OFFSET } from "../paging"

type Schema = { safeParse: (value: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const longId = "x".repeat(MAX_ID_LENGTH + 1)
const longZone = `Europe/${"A".repeat(80)}`

describe("sizes a request controls", () => {
  it.each([
    ["the directory", StoreListPractitioners, {}],
    ["the staff practitioner list", AdminListPractitioners, {}],
    ["the staff booking list", AdminListBookings, {}],
    ["the low-stock list", AdminLowStockParams, {}],
    ["one's own bookings", StoreListMyBookings, {}],
    ["a practitioner's bookings", VendorListBookings, {}],
  ])("pages %s no deeper than the offset limit, and says so", (_list, schema, query) => {
    const deepest = (schema as Schema).safeParse({ ...query, offset: String(MAX_LIST_OFFSET) })
    expect(deepest.success).toBe(true)
    const deeper = (schema as Schema).safeParse({ ...query, offset: String(MAX_LIST_OFFSET + 1) })
    expect(deeper.success).toBe(false)
    expect(deeper.error!.issues[0]).toMatchObject({ path: ["offset"], message: expect.stringContaining("offset can be at most") })
  })

  it.each([
    ["a staff filter by practitioner", AdminListBookings, { practitioner_id: longId }, "practitioner_id"],
    ["a staff filter by order", AdminListBookings, { order_id: longId }, "order_id"],
    ["a staff filter by customer", AdminListBookings, { customer_id: longId }, "customer_id"],
    ["a product's practitioner", AdminSetProductPractitioner, { practitioner_id: `prac_${longId}` }, "practitioner_id"],
    ["a calendar file's order", StoreBookingCalendar, { order_id: longId }, "order_id"],
    ["the slot list's variant", StoreListSlots, { variant_id: longId }, "variant_id"],
    ["the slot list's zone", StoreListSlots, { variant_id: "variant_1", tz: longZone }, "tz"],
    ["a hold's variant", StoreHoldBooking, { variant_id: longId, starts_at: inDays(3) }, "variant_id"],
    ["a hold's zone", StoreHoldBooking, { variant_id: "variant_1", starts_at: inDays(3), timezone: longZone }, "timezone"],
    ["the directory's point", StoreListPractitioners, { near: `-29.8${"5".repeat(80)},31.02` }, "near"],
    ["the directory's price", StoreListPractitioners, { currency_code: "zar", max_price: "1e12" }, "max_price"],
    ["a practitioner's meeting modes", VendorUpdateMe, { meeting_modes: ["online", "online", "online"] }, "meeting_modes"],
    ["a practitioner's zone", VendorUpdateMe, { timezone: longZone }, "timezone"],
    [
      "a refund tier",
      VendorSaveSettings,
      { cancellation_policy: { refund_tiers: [{ hours_before: 1e9, percent: 100 }] } },
      "cancellation_policy",
    ],
  ])("refuses an oversized value in %s, naming the field", (_what, schema, input, field) => {
    const result = (schema as Schema).safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => issue.path[0])).toContain(field)
  })

  it("still accepts ordinary values at those places", () => {
    expect(
      StoreListSlots.safeParse({ variant_id: "variant_01JABCDEFGHJKMNPQRSTVWXYZ0", tz: "America/Argentina/ComodRivadavia" }).success
    ).toBe(true)
    expect(StoreListPractitioners.safeParse({ near: "-29.8587,31.0218", currency_code: "zar", max_price: "1500" }).success).toBe(true)
    expect(VendorUpdateMe.safeParse({ meeting_modes: ["in_person", "online"], timezone: "Africa/Johannesburg" }).success).toBe(true)
    expect(VendorSaveSettings.safeParse({ cancellation_policy: { refund_tiers: [{ hours_before: 48, percent: 100 }] } }).success).toBe(true)
  })
})
