/**
 * A session offering as a practitioner describes it, turned into Medusa's
 * product input: one option "Duration", one variant per duration with a price
 * per currency, nothing to ship and no stock to count.
 */
export type SessionOfferingInput = {
  title: string
  description?: string
  durations: Array<{ minutes: number; prices: Record<string, number> }>
}

export function durationLabel(minutes: number) {
  return minutes % 60 === 0 && minutes >= 60 ? `${minutes / 60} hour${minutes === 60 ? "" : "s"}` : `${minutes} minutes`
}

export function sessionProductInput(
  offering: SessionOfferingInput,
  context: { categoryId: string; salesChannelId?: string; handle: string }
) {
  const labels = offering.durations.map((d) => durationLabel(d.minutes))
  return {
    title: offering.title,
    handle: context.handle,
    description: offering.description,
    status: "published" as const,
    is_giftcard: false,
    discountable: true,
    category_ids: [context.categoryId],
    ...(context.salesChannelId ? { sales_channels: [{ id: context.salesChannelId }] } : {}),
    options: [{ title: "Duration", values: labels }],
    metadata: { kind: "session" },
    variants: offering.durations.map((duration, index) => ({
      title: labels[index],
      manage_inventory: false,
      allow_backorder: false,
      options: { Duration: labels[index] },
      metadata: { duration_minutes: duration.minutes },
      prices: Object.entries(duration.prices).map(([currency_code, amount]) => ({
        currency_code: currency_code.toLowerCase(),
        amount,
      })),
    })),
  }
}
