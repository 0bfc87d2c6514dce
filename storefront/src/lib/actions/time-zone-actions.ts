"use server"

import { writeCookie } from "../cookies"
import { isTimeZone } from "../util/time-zone"

const YEAR = 60 * 60 * 24 * 365

/**
 * Keeps the zone the shopper's browser reports, so the server can show times
 * on their clock and ask for "free when I am" in it. Setting the cookie
 * renders the current page again with it. An unknown zone is ignored.
 */
export async function rememberTimeZone(zone: string) {
  if (typeof zone !== "string" || !isTimeZone(zone)) return
  await writeCookie("timezone", zone, YEAR)
}
