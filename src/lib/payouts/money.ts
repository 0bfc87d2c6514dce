/**
 * Money in whole minor units (cents) for arithmetic, written back as exact
 * decimal strings in major units for storage — never through a float.
 */

const ZERO_DECIMAL_CURRENCIES = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])

/** How many decimals a currency's amounts carry (Stripe's list of zero-decimal currencies; 2 otherwise). */
export function currencyDecimals(currencyCode: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currencyCode.toLowerCase()) ? 0 : 2
}

/** Whole minor units as a decimal string in major units: 12345 → "123.45", -5 → "-0.05". */
export function fromMinorUnits(minor: number, decimals = 2): string {
  if (!Number.isInteger(minor)) throw new RangeError("minor units are whole")
  const digits = Math.abs(minor)
    .toString()
    .padStart(decimals + 1, "0")
  const whole = decimals ? digits.slice(0, -decimals) : digits
  const text = decimals ? `${whole}.${digits.slice(-decimals)}` : whole
  return minor < 0 ? `-${text}` : text
}

/** `amount` × `part` ÷ `whole` (all whole, not negative), rounded half up — in integers, exact for any amounts of money. */
export function proportionOf(amount: number, part: number, whole: number): number {
  if (amount < 0 || part < 0) throw new RangeError("proportions are of amounts of zero or more")
  if (whole <= 0) return 0
  return Number((BigInt(amount) * BigInt(part) * 2n + BigInt(whole)) / (2n * BigInt(whole)))
}
