/** The zone assumed until the shopper's browser has told us theirs: the shop is South African. */
export const DEFAULT_ZONE = "Africa/Johannesburg"

/** The cookie the browser writes its zone to (see RememberZone) and the server reads (lib/cookies.ts). */
export const TIME_ZONE_COOKIE = "avenrae_timezone"

/** True for an IANA time zone this runtime knows ("Africa/Johannesburg"), checked as the backend checks its `tz`. */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64 || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return true
  } catch {
    return false
  }
}
