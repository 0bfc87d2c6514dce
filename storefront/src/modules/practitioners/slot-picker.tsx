"use client"

import Link from "next/link"
import { useEffect, useMemo, useState, useTransition } from "react"
import { bookSession, loadSlots } from "@/lib/actions/booking-actions"
import type { Slot } from "@/lib/data/bookings"
import type { ActionState } from "@/lib/util/errors"

type Choice = { variantId: string; label: string }

/**
 * Pick a session length, a day, then a time — shown in the shopper's own zone
 * (the browser's), with the practitioner's zone beside it — and hold it in
 * the cart.
 */
export function SlotPicker({ handle, practitionerZone, choices }: { handle: string; practitionerZone: string; choices: Choice[] }) {
  const [variantId, setVariantId] = useState(choices[0]?.variantId ?? "")
  const [zone, setZone] = useState("UTC")
  const [slots, setSlots] = useState<Slot[] | null>(null)
  const [problem, setProblem] = useState<string>()
  const [day, setDay] = useState<string>()
  const [chosen, setChosen] = useState<Slot>()
  const [result, setResult] = useState<ActionState>({})
  const [pending, startTransition] = useTransition()

  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"), [])
  useEffect(() => {
    if (!variantId || zone === "UTC") return
    setSlots(null)
    setChosen(undefined)
    loadSlots(handle, variantId, zone).then((answer) => {
      setSlots(answer.slots)
      setProblem(answer.error)
      setDay(answer.slots[0]?.local_start.slice(0, 10))
    })
  }, [handle, variantId, zone])

  const days = useMemo(() => [...new Set((slots ?? []).map((s) => s.local_start.slice(0, 10)))], [slots])
  const times = (slots ?? []).filter((s) => s.local_start.startsWith(day ?? "~"))
  const theirs = (slot: Slot) =>
    new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: practitionerZone }).format(new Date(slot.starts_at))

  const hold = () =>
    chosen &&
    startTransition(async () => {
      setResult(await bookSession({ variantId, startsAt: chosen.starts_at, timeZone: zone }))
    })

  if (!choices.length) return <p className="text-sm text-ink-soft">No sessions can be booked yet.</p>
  return (
    <div className="space-y-4" data-testid="slot-picker">
      <div>
        <label htmlFor="session-length" className="label">Session</label>
        <select id="session-length" className="field" value={variantId} onChange={(e) => setVariantId(e.target.value)}>
          {choices.map((c) => <option key={c.variantId} value={c.variantId}>{c.label}</option>)}
        </select>
      </div>
      <p className="text-xs text-ink-soft">
        Times in your zone ({zone.replace(/_/g, " ")}); the practitioner&apos;s ({practitionerZone.replace(/_/g, " ")}) in brackets.
      </p>
      {problem && <p role="alert" className="text-sm text-red-800">{problem}</p>}
      {slots === null ? (
        <p className="text-sm text-ink-soft" role="status">Finding free times…</p>
      ) : !slots.length ? (
        <p className="text-sm text-ink-soft">No free times in the next two weeks.</p>
      ) : (
        <>
          <fieldset>
            <legend className="label">Day</legend>
            <div className="flex flex-wrap gap-2">
              {days.map((d) => (
                <button key={d} type="button" onClick={() => { setDay(d); setChosen(undefined) }} aria-pressed={d === day}
                  className={`rounded-full border px-3 py-1 text-sm ${d === day ? "border-amethyst-700 bg-amethyst-50" : "border-ink/20"}`}>
                  {new Date(`${d}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })}
                </button>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="label">Time</legend>
            <div className="flex flex-wrap gap-2">
              {times.map((slot) => (
                <button key={slot.starts_at} type="button" onClick={() => setChosen(slot)} aria-pressed={chosen?.starts_at === slot.starts_at}
                  data-testid="slot"
                  className={`rounded-full border px-3 py-1 text-sm ${chosen?.starts_at === slot.starts_at ? "border-amethyst-700 bg-amethyst-50" : "border-ink/20"}`}>
                  {slot.local_start.slice(11, 16)} <span className="text-ink-soft">({theirs(slot)})</span>
                </button>
              ))}
            </div>
          </fieldset>
          <button type="button" className="btn-primary" disabled={!chosen || pending} onClick={hold}>
            {pending ? "Holding…" : "Add to cart"}
          </button>
        </>
      )}
      <div aria-live="polite" className="text-sm">
        {result.error && <p role="alert" className="text-red-800">{result.error}</p>}
        {result.ok && <p className="text-emerald-800">{result.message} <Link href="/cart" className="underline">View cart</Link></p>}
      </div>
    </div>
  )
}
