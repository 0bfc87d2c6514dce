import { booking, bookingModuleSuite } from "./booking-fixtures"

jest.setTimeout(60_000)

/**
 * The exclusion constraint (migration Migration20261122064500) is the
 * guarantee that no two live bookings of one practitioner overlap, buffers
 * included, whoever writes them: these tests write straight through the module.
 */
bookingModuleSuite(({ service, MikroOrmWrapper }) => {
  it("refuses an overlapping live booking of another duration, whoever writes it", async () => {
    await service.createBookings(booking("prac_a", "10:00", "11:00", "11:15"))
    await expect(service.createBookings(booking("prac_a", "10:30", "12:00", "12:15"))).rejects.toThrow(
      /booking_no_overlapping_live_bookings|conflicting key|exclusion/i
    )
    // Inside the buffer after is taken too; touching its end is not.
    await expect(service.createBookings(booking("prac_a", "11:05", "11:35", "11:50"))).rejects.toThrow()
    await expect(service.createBookings(booking("prac_a", "11:15", "12:15", "12:30"))).resolves.toBeTruthy()
    // Another practitioner, and a cancelled booking, block nothing.
    await expect(service.createBookings(booking("prac_b", "10:00", "11:00", "11:15"))).resolves.toBeTruthy()
    await service.createBookings(booking("prac_c", "10:00", "11:00", "11:15", "cancelled"))
    await expect(service.createBookings(booking("prac_c", "10:00", "11:00", "11:15"))).resolves.toBeTruthy()
  })

  it("frees the time when a booking stops being live", async () => {
    const held = await service.createBookings(booking("prac_d", "09:00", "10:00", "10:15"))
    await expect(service.createBookings(booking("prac_d", "09:30", "10:30", "10:45"))).rejects.toThrow()
    await service.updateBookings({ id: held.id, status: "expired" })
    await expect(service.createBookings(booking("prac_d", "09:30", "10:30", "10:45"))).resolves.toBeTruthy()
  })

  it("frees the time when a booking is soft-deleted", async () => {
    const held = await service.createBookings(booking("prac_f", "09:00", "10:00", "10:15"))
    await service.softDeleteBookings(held.id)
    await expect(service.createBookings(booking("prac_f", "09:30", "10:30", "10:45"))).resolves.toBeTruthy()
  })

  it("lets exactly one of 20 simultaneous writers have a slot, and stores no overlap", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        service.createBookings(booking("prac_race", "14:00", i % 2 ? "15:00" : "15:30", i % 2 ? "15:15" : "15:45"))
      )
    )
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
    const rows = await MikroOrmWrapper.getManager().execute(`
        select count(*)::int as overlaps from booking a join booking b
          on a.practitioner_id = b.practitioner_id and a.id < b.id
         and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
         and a.status in ('held','confirmed') and b.status in ('held','confirmed')`)
    expect(rows[0].overlaps).toBe(0)
    expect(await service.listBookings({ practitioner_id: "prac_race" })).toHaveLength(1)
  })

  it("refuses a booking whose blocked range does not cover the session", async () => {
    await expect(
      service.createBookings({ ...booking("prac_e", "10:00", "11:00", "11:00"), blocked_from: new Date("2026-12-01T10:30:00Z") })
    ).rejects.toThrow(/booking_blocked_covers_session/)
  })
})
