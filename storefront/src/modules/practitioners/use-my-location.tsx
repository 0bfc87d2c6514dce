"use client"

import { useRouter, useSearchParams } from "next/navigation"
import { useState } from "react"

/** Asks the browser for the shopper's position and lists what is nearest to it (practitioners, or events with `path="/events"`). */
export function UseMyLocation({ path = "/practitioners" }: { path?: string }) {
  const router = useRouter()
  const params = useSearchParams()
  const [message, setMessage] = useState<string>()

  const locate = () => {
    if (!navigator.geolocation) return setMessage("This browser cannot share its location; type a city instead.")
    setMessage("Finding you…")
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const next = new URLSearchParams(params)
        next.delete("city")
        next.delete("page")
        next.set("near", `${coords.latitude.toFixed(4)},${coords.longitude.toFixed(4)}`)
        router.push(`${path}?${next}`)
      },
      () => setMessage("Your location is not shared with this site; type a city instead.")
    )
  }

  return (
    <>
      <button type="button" onClick={locate} className="btn-secondary py-2">
        Use my location
      </button>
      {message && (
        <p role="status" className="w-full text-xs text-ink-soft">
          {message}
        </p>
      )}
    </>
  )
}
