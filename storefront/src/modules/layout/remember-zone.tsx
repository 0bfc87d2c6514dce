"use client"

import { useEffect } from "react"
import { TIME_ZONE_COOKIE } from "@/lib/util/time-zone"

const YEAR = 60 * 60 * 24 * 365

/**
 * Tells the server the shopper's time zone: when the browser's zone is not
 * the one the server has (`known`), it is written to a cookie the server
 * reads from the next request on. Written here rather than through a server
 * action, so no page is drawn again under the shopper's hands. Renders nothing.
 */
export function RememberZone({ known }: { known?: string }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!zone || zone === known) return
    const secure = window.location.protocol === "https:" ? "; secure" : ""
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${YEAR}; samesite=lax${secure}`
  }, [known])
  return null
}
