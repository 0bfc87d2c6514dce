"use client"

import { useEffect } from "react"
import { rememberTimeZone } from "@/lib/actions/time-zone-actions"

/**
 * Tells the server the shopper's time zone once: when the browser's zone is
 * not the one the server has (`known`), it is stored in a cookie and the page
 * is drawn again on the shopper's clock. Renders nothing.
 */
export function RememberZone({ known }: { known?: string }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (zone && zone !== known) void rememberTimeZone(zone)
  }, [known])
  return null
}
