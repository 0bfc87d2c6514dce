"use client"

import { useEffect, useState } from "react"

/** "Held for 12:34" until the hold runs out, then says what to do (`expired`: for a session unless told otherwise). */
export function HoldCountdown({
  expiresAt,
  expired = "Your hold has expired: remove this session and choose a time again.",
}: {
  expiresAt: string
  expired?: string
}) {
  const [left, setLeft] = useState<number>()
  useEffect(() => {
    const tick = () => setLeft(Math.max(0, new Date(expiresAt).getTime() - Date.now()))
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [expiresAt])
  if (left === undefined) return null
  if (left === 0) {
    return (
      <span role="alert" className="text-red-800">
        {expired}
      </span>
    )
  }
  const minutes = Math.floor(left / 60_000)
  const seconds = Math.floor((left % 60_000) / 1000)
  return (
    <span className="text-amber-800" data-testid="hold-countdown">
      Held for {minutes}:{String(seconds).padStart(2, "0")}
    </span>
  )
}
