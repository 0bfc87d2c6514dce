import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { listDateAttendees, retrieveOwnPractitioner } from "@/lib/data/vendor"
import { sessionTime } from "@/lib/util/session-time"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = { title: "Attendees", description: "Who is coming to your event." }

type Props = { params: Promise<{ id: string }> }

export default async function DateAttendeesPage({ params }: Props) {
  const me = await retrieveOwnPractitioner()
  if (!me || me.status !== "approved") redirect("/practice")
  const { id } = await params
  const list = await listDateAttendees(id)
  if (!list) notFound()
  const { date, attendees } = list
  return (
    <>
      <h1 className="font-serif text-3xl">{date.event_title}</h1>
      <p className="text-ink-soft">{sessionTime(date.starts_at, date.timezone, "long")}</p>
      <div className="mt-4">
        <PracticeNav current="events" approved />
      </div>
      <p className="mb-3 text-sm">
        <a href={`/practice/events/dates/${id}/attendees.csv`} className="underline" download>
          Download as CSV
        </a>{" "}
        ·{" "}
        <Link href="/practice/check-in" className="underline">
          Check people in
        </Link>
      </p>
      <table className="w-full text-left text-sm" aria-label="Attendees">
        <thead className="text-ink-soft">
          <tr>
            <th className="py-1 font-normal">Name</th>
            <th className="font-normal">Email</th>
            <th className="font-normal">Ticket</th>
            <th className="font-normal">Status</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((a, i) => (
            <tr key={i} className="border-t border-amethyst-100" data-testid="attendee">
              <td className="py-2">{a.attendee_name}</td>
              <td>{a.attendee_email ?? "—"}</td>
              <td>{a.ticket_type}</td>
              <td>{a.status === "checked_in" && a.checked_in_at ? `In at ${sessionTime(a.checked_in_at, date.timezone)}` : a.status}</td>
            </tr>
          ))}
          {!attendees.length && (
            <tr>
              <td colSpan={4} className="py-2 text-ink-soft">
                Nobody has a ticket yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  )
}
