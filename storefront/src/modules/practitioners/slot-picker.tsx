"use client"

import Link from "next/link"
import { useEffect, useState, useTransition } from "react"
import { bookSession, loadSlots } from "@/lib/actions/booking-actions"
import type { Slot } from "@/lib/data/bookings"
import type { ActionState } from "@/lib/util/errors"
import { zoneName } from "@/lib/util/session-time"
import { SlotGrid } from "./slot-grid"

type Choice = { variantId: string; label: string }

/**
 * Pick a session length, a day, then a time — shown in the shopper's own zone
 * (the browser's), with the practitioner's zone beside it — and hold it in
 * the cart.
 */
export function SlotPicker({ handle, practitionerZone, choices }: { handle: string; practitionerZone: string; choices: Choice[] }) {
  const [variantId, setVariantId] = useState(choices[0]?.variantId ?? "")
  // Unknown until the browser says (the server cannot): slots load once it has, whatever the zone, UTC too.
  const [zone, setZone] = useState<string>()
  const [slots, setSlots] = useState<Slot[] | null>(null)
  const [problem, setProblem] = useState<string>()
  const [chosen, setChosen] = useState<Slot>()
  const [result, setResult] = useState<ActionState>({})
  const [pending, startTransition] = useTransition()

  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"), [])
  useEffect(() => {
    if (!variantId || !zone) return
    setSlots(null)
    setChosen(undefined)
    loadSlots(handle, variantId, zone).then((answer) => {
      setSlots(answer.slots)
      setProblem(answer.error)
    })
  }, [handle, variantId, zone])

  const hold = () =>
    chosen &&
    startTransition(async () => {
      setResult(await bookSession({ variantId, startsAt: chosen.starts_at, timeZone: zone ?? "UTC" }))
    })

  if (!choices.length) return <p className="text-sm text-ink-soft">No sessions can be booked yet.</p>
  return (
    <div className="space-y-4" data-testid="slot-picker">
      <div>
        <label htmlFor="session-length" className="label">
          Session
        </label>
        <select id="session-length" className="field" value={variantId} onChange={(e) => setVariantId(e.target.value)}>
          {choices.map((c) => (
            <option key={c.variantId} value={c.variantId}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <p className="text-xs text-ink-soft">
        Times in your zone ({zone ? zoneName(zone) : "…"}); the practitioner&apos;s ({zoneName(practitionerZone)}) in brackets.
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      {slots === null ? (
        <p className="text-sm text-ink-soft" role="status">
          Finding free times…
        </p>
      ) : !slots.length ? (
        <p className="text-sm text-ink-soft">No free times in the next two weeks.</p>
      ) : (
        <>
          <SlotGrid slots={slots} practitionerZone={practitionerZone} chosen={chosen} onChoose={setChosen} />
          <button type="button" className="btn-primary" disabled={!chosen || pending} onClick={hold}>
            {pending ? "Holding…" : "Add to cart"}
          </button>
        </>
      )}
      <div aria-live="polite" className="text-sm">
        {result.error && (
          <p role="alert" className="text-red-800">
            {result.error}
          </p>
        )}
        {result.ok && (
          <p className="text-emerald-800">
            {result.message}{" "}
            <Link href="/cart" className="underline">
              View cart
            </Link>
          </p>
        )}
      </div>
    </div>
  )
}
