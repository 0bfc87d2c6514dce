import { at, booking, bookingModuleSuite } from "./booking-fixtures"

jest.setTimeout(60_000)

const range = (from: string, until: string) => ({ blocked_from: at(from), blocked_until: at(until) })

/** listBlockedRanges reads the table with its own SQL: what it returns for a window. */
bookingModuleSuite(({ service }) => {
  const blocked = (window: { from: Date; to: Date }, except?: string) => service.listBlockedRanges("prac_a", window, except)

  it("returns a live booking's blocked range, buffers included, as instants", async () => {
    await service.createBookings(booking("prac_a", "10:00", "11:00", "11:15"))
    const ranges = await blocked({ from: at("00:00"), to: at("23:59") })
    expect(ranges).toEqual([range("10:00", "11:15")])
    expect(ranges[0].blocked_from).toBeInstanceOf(Date)
  })

  it.each([
    ["ends where the window starts", "11:15", "12:00", []],
    ["starts where the window ends", "09:00", "10:00", []],
    ["overlaps the window's start by a minute", "11:14", "12:00", [range("10:00", "11:15")]],
    ["overlaps the window's end by a minute", "09:00", "10:01", [range("10:00", "11:15")]],
    ["lies inside the window", "10:30", "10:45", [range("10:00", "11:15")]],
  ])("treats the window as half-open: a range that %s", async (_what, from, to, expected) => {
    await service.createBookings(booking("prac_a", "10:00", "11:00", "11:15"))
    expect(await blocked({ from: at(from), to: at(to) })).toEqual(expected)
  })

  it("returns held and confirmed bookings only", async () => {
    await service.createBookings([
      booking("prac_a", "08:00", "09:00", "09:00", "held"),
      booking("prac_a", "09:00", "10:00", "10:00", "confirmed"),
      booking("prac_a", "10:00", "11:00", "11:00", "completed"),
      booking("prac_a", "11:00", "12:00", "12:00", "cancelled"),
      booking("prac_a", "12:00", "13:00", "13:00", "no_show"),
      booking("prac_a", "13:00", "14:00", "14:00", "expired"),
    ])
    const ranges = await blocked({ from: at("00:00"), to: at("23:59") })
    expect(ranges.map((r) => r.blocked_from).sort((a, b) => a.getTime() - b.getTime())).toEqual([at("08:00"), at("09:00")])
  })

  it("leaves out the booking being moved (exceptBookingId), and only that one", async () => {
    const [moving] = await service.createBookings([
      booking("prac_a", "10:00", "11:00", "11:15"),
      booking("prac_a", "14:00", "15:00", "15:15"),
    ])
    const window = { from: at("00:00"), to: at("23:59") }
    expect(await blocked(window, moving.id)).toEqual([range("14:00", "15:15")])
    expect(await blocked(window)).toHaveLength(2)
  })

  it("leaves out soft-deleted bookings", async () => {
    const [gone] = await service.createBookings([
      booking("prac_a", "10:00", "11:00", "11:15"),
      booking("prac_a", "14:00", "15:00", "15:15"),
    ])
    await service.softDeleteBookings(gone.id)
    expect(await blocked({ from: at("00:00"), to: at("23:59") })).toEqual([range("14:00", "15:15")])
  })

  it("returns only the asked practitioner's bookings", async () => {
    await service.createBookings([booking("prac_b", "10:00", "11:00", "11:15"), booking("prac_a", "14:00", "15:00", "15:15")])
    expect(await blocked({ from: at("00:00"), to: at("23:59") })).toEqual([range("14:00", "15:15")])
    expect(await service.listBlockedRanges("prac_none", { from: at("00:00"), to: at("23:59") })).toEqual([])
  })
})
