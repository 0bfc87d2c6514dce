import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Switch, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { BookingDetailDrawer } from "../../components/booking-detail"
import { WeekGrid } from "../../components/week-grid"
import { useBookings } from "../../lib/bookings"
import { usePractitioner, usePractitioners } from "../../lib/practitioners"
import { dayInZone } from "../../lib/zoned-format"
import { mondayOf, shiftWeek, usableZone, weekDays, weekOf } from "../../lib/zoned-week"

/**
 * Bookings: one practitioner's week, in the practitioner's own zone. The
 * practitioner and the week live in the address (?practitioner=…&week=…),
 * so a view can be shared and reloaded.
 */
const BookingsPage = () => {
  const [params, setParams] = useSearchParams()
  const [search, setSearch] = useState("")
  const approved = usePractitioners({ status: "approved", q: search.trim() || undefined, limit: 50, offset: 0 })
  // The one in the address is fetched by id, so any practitioner can be shown, not only those the list holds.
  const chosenId = params.get("practitioner") ?? ""
  const chosen = usePractitioner(chosenId)
  const practitioners = useMemo(() => {
    const listed = [...(approved.data?.practitioners ?? [])]
    const extra = chosen.data?.practitioner
    if (extra && !listed.some((p) => p.id === extra.id)) listed.push(extra)
    return listed.sort((a, b) => a.display_name.localeCompare(b.display_name))
  }, [approved.data, chosen.data])
  const practitioner = chosenId ? chosen.data?.practitioner : practitioners[0]
  const zone = usableZone(practitioner?.timezone)
  const now = new Date()
  const week = mondayOf(params.get("week")) ?? weekOf(now, zone)
  const days = useMemo(() => weekDays(week, zone), [week, zone])
  const [showExpired, setShowExpired] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const bookings = useBookings({
    practitioner_id: practitioner?.id,
    from: new Date(days[0].startsAt).toISOString(),
    to: new Date(days[6].endsAt).toISOString(),
  })
  const shown = (bookings.data?.bookings ?? []).filter((b) => showExpired || b.status !== "expired")
  const selected = bookings.data?.bookings.find((b) => b.id === selectedId) ?? null

  const show = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      for (const [key, value] of Object.entries(changes)) next.set(key, value)
      return next
    })

  return (
    <Container className="divide-y p-0" data-testid="avenrae-bookings-calendar">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Bookings</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {practitioner ? `Times in ${practitioner.display_name}'s zone, ${zone}.` : "Sessions booked with practitioners, week by week."}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Input
            type="search"
            size="small"
            aria-label="Find a practitioner"
            placeholder="Find a practitioner"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <Label htmlFor="bookings-practitioner" size="small">
            Practitioner
          </Label>
          <Select value={practitioner?.id ?? ""} onValueChange={(id) => show({ practitioner: id })} disabled={!practitioners.length}>
            <Select.Trigger id="bookings-practitioner" aria-label="Practitioner" className="min-w-56">
              <Select.Value placeholder={approved.isLoading ? "Loading…" : "No approved practitioners"} />
            </Select.Trigger>
            <Select.Content>
              {practitioners.map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.display_name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-3">
        <div className="flex items-center gap-2">
          <Button size="small" variant="secondary" onClick={() => show({ week: shiftWeek(week, -1) })}>
            Previous week
          </Button>
          <Button size="small" variant="secondary" onClick={() => show({ week: weekOf(new Date(), zone) })}>
            This week
          </Button>
          <Button size="small" variant="secondary" onClick={() => show({ week: shiftWeek(week, 1) })}>
            Next week
          </Button>
          <Heading level="h2" className="ml-2">
            {dayInZone(new Date(days[0].startsAt), zone)} – {dayInZone(new Date(days[6].startsAt), zone)} {days[6].date.slice(0, 4)}
          </Heading>
        </div>
        <div className="flex items-center gap-2">
          <Switch id="bookings-show-expired" checked={showExpired} onCheckedChange={setShowExpired} />
          <Label htmlFor="bookings-show-expired" size="small">
            Show expired holds
          </Label>
        </div>
      </div>
      {chosen.isError && (
        <Text className="text-ui-fg-error px-6 py-4">
          No practitioner with id {chosenId}: {(chosen.error as Error).message}
        </Text>
      )}
      {approved.isError && (
        <Text className="text-ui-fg-error px-6 py-4">Could not load practitioners: {(approved.error as Error).message}</Text>
      )}
      {bookings.isError && <Text className="text-ui-fg-error px-6 py-4">Could not load bookings: {(bookings.error as Error).message}</Text>}
      {bookings.isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-2">
          Loading bookings…
        </Text>
      )}
      {bookings.data && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-2" aria-live="polite">
          {shown.length ? `${shown.length} session${shown.length === 1 ? "" : "s"} this week` : "No sessions this week."}
        </Text>
      )}
      <WeekGrid days={days} bookings={shown} zone={zone} now={now} onSelect={(booking) => setSelectedId(booking.id)} />
      <BookingDetailDrawer booking={selected} onClose={() => setSelectedId(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Bookings",
  icon: CalendarSolid,
})

export default BookingsPage
