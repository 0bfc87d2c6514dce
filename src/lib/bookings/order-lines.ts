/** A cart or order line as far as pairing a session with it goes. */
export type PricedLine = { id: string; variant_id: string | null; unit_price: number | string; quantity: number | string }

/** A hold (a session's booking, or a cart's seats) as far as pairing goes: one session each, or `quantity` seats. */
export type CarriedHold = { id: string; variant_id: string; line_item_id: string | null; quantity?: number }

/**
 * Which order line paid for each hold, without trusting anything the shopper
 * could write: a hold names its cart line (its line_item_id); the order line
 * is the one Medusa made from it, i.e. of the same variant, unit price and
 * quantity (the hold's: 1 for a session), each order line used once. A hold
 * whose cart line is missing, changed or unmatched is left out (nothing is
 * confirmed or issued for it).
 */
export function pairHoldsWithOrderLines(holds: CarriedHold[], cartLines: PricedLine[], orderLines: PricedLine[]): Map<string, string> {
  const cartLineById = new Map(cartLines.map((line) => [line.id, line]))
  const unused = [...orderLines]
  const pairs = new Map<string, string>()
  for (const hold of holds) {
    const quantity = hold.quantity ?? 1
    const cartLine = hold.line_item_id ? cartLineById.get(hold.line_item_id) : undefined
    if (!cartLine || cartLine.variant_id !== hold.variant_id || Number(cartLine.quantity) !== quantity) continue
    const index = unused.findIndex(
      (line) =>
        line.variant_id === hold.variant_id && Number(line.unit_price) === Number(cartLine.unit_price) && Number(line.quantity) === quantity
    )
    if (index === -1) continue
    pairs.set(hold.id, unused[index].id)
    unused.splice(index, 1)
  }
  return pairs
}
