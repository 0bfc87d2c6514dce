import { attendeesCsv } from "../attendees-csv"
import { csvCell } from "../../http/csv"
import { capacityProblem, eventHandle, eventStatusProblem } from "../event-changes"

describe("eventStatusProblem", () => {
  it("publishes a draft, and unpublishes only while nothing is sold", () => {
    expect(eventStatusProblem("draft", "published", 0)).toBeUndefined()
    expect(eventStatusProblem("published", "draft", 0)).toBeUndefined()
    expect(eventStatusProblem("published", "draft", 1)).toBe("1 ticket is sold: the event stays published. Cancel its dates instead.")
    expect(eventStatusProblem("cancelled", "published", 0)).toMatch(/cancelled; it can no longer change status/)
  })
})

describe("capacityProblem", () => {
  it("never goes below what is sold, held and offered, and says what makes up the floor", () => {
    expect(capacityProblem(5, { sold: 3, held: 1, offered: 1 })).toBeUndefined()
    expect(capacityProblem(4, { sold: 3, held: 1, offered: 1 })).toBe(
      "The capacity can be no lower than 5: 3 sold, 1 held in carts, 1 offered to the waitlist."
    )
  })
})

describe("eventHandle", () => {
  it("keeps the title's slug with a suffix, never empty", () => {
    expect(eventHandle("sound-bath", "a1b2c3")).toBe("sound-bath-a1b2c3")
    expect(eventHandle("", "a1b2c3")).toBe("event-a1b2c3")
  })
})

describe("attendeesCsv", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell('Say "hi", then go')).toBe('"Say ""hi"", then go"')
    expect(csvCell("=1+1")).toBe("'=1+1")
    expect(csvCell("-2+3")).toBe("'-2+3")
    expect(csvCell("-42.50")).toBe("-42.50")
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvCell(null)).toBe("")
    expect(csvCell(new Date("2027-01-15T17:00:00Z"))).toBe("2027-01-15T17:00:00.000Z")
  })

  it("writes a header and one CRLF line per attendee", () => {
    const csv = attendeesCsv([
      {
        attendee_name: "Ann, Lee",
        attendee_email: null,
        ticket_type: "General",
        status: "checked_in",
        checked_in_at: "2027-01-15T17:05:00.000Z",
      },
    ])
    expect(csv).toBe('Name,Email,Ticket,Status,Checked in at\r\n"Ann, Lee",,General,checked_in,2027-01-15T17:05:00.000Z\r\n')
  })
})
