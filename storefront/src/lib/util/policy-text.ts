/**
 * "24 hours or more before: 100 % refunded", "12 to 24 hours before: 50 %
 * refunded", …, and "Less than 12 hours before: no refund" when no tier
 * reaches down to the start (the policy refunds nothing there).
 */
export function refundRules(tiers: Array<{ hours_before: number; percent: number }>) {
  const sorted = [...tiers].sort((a, b) => b.hours_before - a.hours_before)
  const rules = sorted.map((tier, i) => {
    const later = sorted[i - 1]?.hours_before
    const when =
      i === 0
        ? `${tier.hours_before} hours or more before`
        : tier.hours_before > 0
          ? `${tier.hours_before} to ${later} hours before`
          : `Less than ${later} hours before`
    return `${when}: ${tier.percent} % refunded`
  })
  const lowest = sorted[sorted.length - 1]
  return lowest && lowest.hours_before > 0 ? [...rules, `Less than ${lowest.hours_before} hours before: no refund`] : rules
}
