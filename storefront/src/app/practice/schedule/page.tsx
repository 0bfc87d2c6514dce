import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { removeDateOverride, removeTimeOff } from "@/lib/actions/schedule-actions"
import { retrieveOwnPractitioner, retrieveOwnSchedule } from "@/lib/data/vendor"
import { refundRules } from "@/lib/util/policy-text"
import { timeOffRange } from "@/lib/util/session-time"
import { BookingSettingsForm } from "@/modules/practice/booking-settings-form"
import { DateOverrideForm } from "@/modules/practice/date-override-form"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { RemoveButton } from "@/modules/practice/remove-button"
import { TimeOffForm } from "@/modules/practice/time-off-form"
import { WeeklyHoursEditor } from "@/modules/practice/weekly-hours-editor"

export const metadata: Metadata = { title: "Your hours", description: "When clients can book you: weekly hours, dates, time off." }

export default async function SchedulePage() {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const schedule = await retrieveOwnSchedule()
  const { policy } = schedule
  return (
    <>
      <h1 className="font-serif text-3xl">Your hours</h1>
      <div className="mt-4">
        <PracticeNav current="schedule" approved />
      </div>

      <h2 className="mb-3 text-lg font-semibold">Every week</h2>
      <WeeklyHoursEditor weekly={schedule.weekly} zone={me.timezone} />

      <h2 className="mb-3 mt-10 text-lg font-semibold">Other hours on a date</h2>
      <div className="card space-y-4 p-5">
        {schedule.overrides.length > 0 && (
          <ul className="space-y-1 text-sm" aria-label="Dates with other hours">
            {schedule.overrides.map((o) => (
              <li key={o.date} className="flex items-center gap-3" data-testid="date-override">
                <span className="font-medium">{o.date}</span>
                <span>{o.intervals.length ? o.intervals.map((iv) => `${iv.start}–${iv.end}`).join(", ") : "Day off"}</span>
                <RemoveButton
                  action={removeDateOverride}
                  name="date"
                  value={o.date}
                  label="Use weekly hours"
                  description={`Back to weekly hours on ${o.date}`}
                />
              </li>
            ))}
          </ul>
        )}
        <DateOverrideForm />
      </div>

      <h2 className="mb-3 mt-10 text-lg font-semibold">Time off</h2>
      <div className="card space-y-4 p-5">
        {schedule.time_off.length > 0 && (
          <ul className="space-y-1 text-sm" aria-label="Your time off">
            {schedule.time_off.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center gap-3" data-testid="time-off">
                <span>{timeOffRange(t.starts_at, t.ends_at, me.timezone)}</span>
                {t.reason && <span className="text-ink-soft">{t.reason}</span>}
                <RemoveButton action={removeTimeOff} name="id" value={t.id} label="Remove" />
              </li>
            ))}
          </ul>
        )}
        <TimeOffForm />
      </div>

      <h2 className="mb-3 mt-10 text-lg font-semibold">Booking settings</h2>
      <BookingSettingsForm settings={schedule.settings} />

      <h2 className="mb-3 mt-10 text-lg font-semibold">Cancellation policy</h2>
      <div className="card p-5 text-sm">
        <ul className="list-disc pl-5">
          {refundRules(policy.refund_tiers).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
          <li>
            Clients can move a session until {policy.reschedule_until_hours_before} hours before, at most {policy.max_reschedules} times.
          </li>
          <li>When you cancel, your client is always refunded in full.</li>
        </ul>
      </div>
    </>
  )
}
