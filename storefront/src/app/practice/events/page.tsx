import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { listOwnEvents, retrieveOwnPractitioner } from "@/lib/data/vendor"
import { eventDateRange } from "@/lib/util/event-time"
import { EventForm } from "@/modules/practice/event-form"
import { AddDateForm, CancelDateForm, DateCapacityForm, EventStatusForm } from "@/modules/practice/managed-event-actions"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = { title: "Your events", description: "The events you host on Avenrae, with their sales." }

const STATUS: Record<string, string> = { draft: "Draft", published: "On sale", cancelled: "Cancelled", completed: "Completed" }

export default async function PracticeEventsPage() {
  const me = await retrieveOwnPractitioner()
  if (!me || me.status !== "approved") redirect("/practice")
  const events = await listOwnEvents()
  return (
    <>
      <h1 className="font-serif text-3xl">Your events</h1>
      <div className="mt-4">
        <PracticeNav current="events" approved />
      </div>
      <ul className="mb-10 space-y-4" aria-label="Your events">
        {events.map((event) => (
          <li key={event.id} className="card p-4" data-testid="own-event">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-medium">
                {event.status === "published" ? (
                  <Link href={`/events/${event.handle}`} className="underline">
                    {event.title}
                  </Link>
                ) : (
                  event.title
                )}{" "}
                <span className="text-sm text-ink-soft">· {STATUS[event.status]}</span>
              </h2>
              <EventStatusForm eventId={event.id} status={event.status} />
            </div>
            <table className="mt-3 w-full text-left text-sm">
              <thead className="text-ink-soft">
                <tr>
                  <th className="py-1 font-normal">Date ({event.timezone})</th>
                  <th className="font-normal">Sold</th>
                  <th className="font-normal">Held</th>
                  <th className="font-normal">Waiting</th>
                  <th className="font-normal">In</th>
                </tr>
              </thead>
              <tbody>
                {event.dates.map((date) => (
                  <tr key={date.id} className="border-t border-amethyst-100 align-top" data-testid="own-event-date">
                    <td className="py-2">
                      <Link href={`/practice/events/dates/${date.id}`} className="underline">
                        {eventDateRange(date.starts_at, date.ends_at, event.timezone)}
                      </Link>
                      {date.status !== "scheduled" && <span className="text-red-800"> · {date.status}</span>}
                      {date.status === "scheduled" && (
                        <div className="mt-2 space-y-2">
                          <DateCapacityForm dateId={date.id} capacity={date.capacity} />
                          <CancelDateForm dateId={date.id} />
                        </div>
                      )}
                    </td>
                    <td>
                      {date.sold} / {date.capacity}
                    </td>
                    <td>{date.held}</td>
                    <td>{date.waiting + date.offered}</td>
                    <td>{date.checked_in}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {(event.status === "draft" || event.status === "published") && <AddDateForm eventId={event.id} timezone={event.timezone} />}
          </li>
        ))}
        {!events.length && <li className="text-ink-soft">You host no events yet.</li>}
      </ul>
      <h2 className="mb-3 text-lg font-semibold">Put on an event</h2>
      <EventForm timezone={me.timezone} />
    </>
  )
}
