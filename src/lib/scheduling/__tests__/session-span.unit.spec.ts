import { sessionSpan } from "../session-span"

describe("sessionSpan", () => {
  const startsAt = new Date("2026-12-07T08:00:00Z")

  it.each([
    [0, 0, "2026-12-07T08:00:00.000Z", "2026-12-07T09:00:00.000Z"],
    [0, 15, "2026-12-07T08:00:00.000Z", "2026-12-07T09:15:00.000Z"],
    [30, 15, "2026-12-07T07:30:00.000Z", "2026-12-07T09:15:00.000Z"],
  ])("buffers %i before and %i after block %s to %s", (before, after, from, until) => {
    const span = sessionSpan({ startsAt, durationMinutes: 60, settings: { buffer_before_minutes: before, buffer_after_minutes: after } })
    expect(span.starts_at.toISOString()).toBe("2026-12-07T08:00:00.000Z")
    expect(span.ends_at.toISOString()).toBe("2026-12-07T09:00:00.000Z")
    expect(span.blocked_from.toISOString()).toBe(from)
    expect(span.blocked_until.toISOString()).toBe(until)
  })
})
