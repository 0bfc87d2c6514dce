import "server-only"
import { readCookie } from "../cookies"
import { DEFAULT_ZONE, isTimeZone } from "../util/time-zone"

/** The zone the shopper's browser reported (RememberZone keeps it in a cookie), else South Africa's. */
export async function shopperZone(): Promise<string> {
  const zone = await readCookie("timezone")
  return zone && isTimeZone(zone) ? zone : DEFAULT_ZONE
}

/** The zone from the cookie alone, undefined before the browser has reported one. */
export async function reportedZone(): Promise<string | undefined> {
  const zone = await readCookie("timezone")
  return zone && isTimeZone(zone) ? zone : undefined
}
