/**
 * Commission, decided here:
 * - rates are integer basis points (1 500 = 15 %); the platform's default is
 *   15 %, the fee in Avenrae's original design;
 * - the most specific rule wins: practitioner + category, then practitioner,
 *   then category, then the platform's default; when a product sits in
 *   several categories with rules, the lowest of their rates applies;
 * - a line's base is its total after discounts, excluding tax, in the
 *   currency's minor units (cents); the commission is the base times the
 *   rate, rounded half up to the cent, and the practitioner's share is the
 *   base less the commission — so share + commission is the base exactly,
 *   for every line and therefore every order; a base of zero or less (a
 *   100 %-off promotion) gives zero to both, never a negative payout.
 */

export const PLATFORM_COMMISSION_BPS = 1500
export const MAX_COMMISSION_BPS = 10_000

export type CommissionRule = { practitioner_id: string | null; category_id: string | null; rate_bps: number }

export type CommissionSource = "practitioner_category" | "practitioner" | "category" | "platform"

/** The rate for a line sold by `practitionerId` of a product in `categoryIds`, and which rule gave it. */
export function commissionRateFor(
  rules: CommissionRule[],
  line: { practitioner_id: string; category_ids: string[] },
  platformBps = PLATFORM_COMMISSION_BPS
): { rate_bps: number; source: CommissionSource } {
  const inCategory = (rule: CommissionRule) => rule.category_id !== null && line.category_ids.includes(rule.category_id)
  const lowest = (matches: CommissionRule[]) => Math.min(...matches.map((rule) => rule.rate_bps))
  const tiers: Array<[CommissionSource, CommissionRule[]]> = [
    ["practitioner_category", rules.filter((rule) => rule.practitioner_id === line.practitioner_id && inCategory(rule))],
    ["practitioner", rules.filter((rule) => rule.practitioner_id === line.practitioner_id && rule.category_id === null)],
    ["category", rules.filter((rule) => rule.practitioner_id === null && inCategory(rule))],
  ]
  for (const [source, matches] of tiers) if (matches.length) return { rate_bps: lowest(matches), source }
  return { rate_bps: platformBps, source: "platform" }
}

/**
 * An amount written in major units ("350.5", 402.5) as whole minor units,
 * read from its decimal digits (never through a float product), rounded half
 * up past `decimals` places.
 */
export function toMinorUnits(amount: string | number, decimals = 2): number {
  const text = typeof amount === "number" ? amount.toString() : amount.trim()
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) throw new RangeError(`${text} is not a decimal amount`)
  const [, sign, whole, fraction = ""] = match
  const kept = BigInt(whole + fraction.padEnd(decimals, "0").slice(0, decimals))
  const roundUp = fraction.length > decimals && Number(fraction[decimals]) >= 5 ? 1n : 0n
  const minor = Number(kept + roundUp)
  return sign === "-" ? -minor : minor
}

/** A line's base split into the platform's commission and the practitioner's share, in minor units. */
export function splitLine(baseMinor: number, rateBps: number): { commission: number; share: number } {
  if (!Number.isInteger(baseMinor)) throw new RangeError("the base is in whole minor units")
  if (!Number.isInteger(rateBps) || rateBps < 0 || rateBps > MAX_COMMISSION_BPS) throw new RangeError("the rate is 0 to 10000 basis points")
  if (baseMinor <= 0) return { commission: 0, share: 0 }
  // Half up, in integers: (base × rate + 5 000) ÷ 10 000.
  const commission = Math.floor((baseMinor * rateBps + 5_000) / 10_000)
  return { commission, share: baseMinor - commission }
}
