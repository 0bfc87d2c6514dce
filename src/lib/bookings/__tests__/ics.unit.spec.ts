import { calendarFile, sessionEvent } from "../ics"

describe("calendarFile", () => {
  const event = {
    uid: "bkg_123",
    starts_at: new Date("2026-12-07T08:00:00Z"),
    ends_at: new Date("2026-12-07T09:00:00Z"),
    summary: "Healing session with Nomvula Dlamini",
    description: "Bring a blanket; notes: first visit, a little nervous",
    location: "12 Florida Road, Durban",
    url: "https://meet.jit.si/avenrae-abc",
    now: new Date("2026-12-01T10:11:12Z"),
  }

  it("writes one UTC event with escaped text and CRLF line ends", () => {
    const ics = calendarFile(event)
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true)
    expect(ics).toContain("DTSTART:20261207T080000Z\r\n")
    expect(ics).toContain("DTEND:20261207T090000Z\r\n")
    expect(ics).toContain("DTSTAMP:20261201T101112Z\r\n")
    expect(ics).toContain("UID:bkg_123@avenrae\r\n")
    expect(ics).toContain("LOCATION:12 Florida Road\\, Durban\r\n")
    expect(ics).toContain("DESCRIPTION:Bring a blanket\\; notes: first visit\\, a little nervous")
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true)
  })

  it("folds long lines at 75 octets", () => {
    const ics = calendarFile({ ...event, description: "é".repeat(100) })
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics).toContain("\r\n é")
  })

  it("marks a cancelled session so calendars remove it", () => {
    expect(calendarFile({ ...event, status: "CANCELLED", sequence: 1 })).toMatch(/STATUS:CANCELLED\r\nSEQUENCE:1/)
  })
})

describe("sessionEvent", () => {
  const booking = {
    id: "bkg_1",
    starts_at: "2026-12-07T08:00:00Z",
    ends_at: "2026-12-07T09:00:00Z",
    status: "confirmed",
    reschedule_count: 1,
    meeting_mode: "online",
    meeting_url: "https://meet.example/room",
    meeting_address: null,
  }
  const now = new Date("2026-12-01T00:00:00Z")

  it("places an online session at its link, or nowhere when the reader may not see it", () => {
    expect(sessionEvent(booking, { summary: "Reiki", place: true, now })).toMatchObject({
      location: booking.meeting_url,
      url: booking.meeting_url,
      sequence: 1,
    })
    expect(sessionEvent(booking, { summary: "Reiki", place: false, now })).toMatchObject({ location: null, url: null })
  })

  it("places an in-person session at its address, and makes a cancelled one a later revision", () => {
    const inPerson = { ...booking, meeting_mode: "in_person", meeting_url: null, meeting_address: "12 Florida Road", status: "cancelled" }
    expect(sessionEvent(inPerson, { summary: "Reiki", place: true, now })).toMatchObject({
      location: "12 Florida Road",
      url: null,
      status: "CANCELLED",
      sequence: 2,
    })
  })
})
