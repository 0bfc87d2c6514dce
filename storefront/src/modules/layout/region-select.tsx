"use client"

import { useRef } from "react"
import { chooseRegion } from "@/lib/actions/cart-actions"

/** Region and currency; submits as soon as it changes, and works as a plain form without JS. */
export function RegionSelect({ regions, current }: { regions: Array<{ id: string; name: string; currency: string }>; current: string }) {
  const form = useRef<HTMLFormElement>(null)
  return (
    <form ref={form} action={chooseRegion} className="flex items-center gap-1">
      <label htmlFor="region" className="sr-only">
        Region and currency
      </label>
      <select
        id="region"
        name="region_id"
        defaultValue={current}
        className="rounded-full border border-ink/20 bg-white px-3 py-1.5 text-sm"
        onChange={() => form.current?.requestSubmit()}
      >
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} ({r.currency.toUpperCase()})
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="btn-secondary px-3 py-1">
          Set
        </button>
      </noscript>
    </form>
  )
}
