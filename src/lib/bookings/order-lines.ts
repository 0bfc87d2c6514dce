/** A cart or order line as far as pairing a session with it goes. */
export type PricedLine = { id: string; variant_id: string | null; unit_price: number | string; quantity: number | string }

/**
 * Which order line paid for each held session, without trusting anything the
 * shopper could write: a booking names its cart line (its line_item_id); the
 * order line is the one Medusa made from it, i.e. of the same variant and unit
 * price, at quantity 1, each order line used once. A booking whose cart line
 * is missing, changed or unmatched is left out (it is not confirmed).
 */
export function pairBookingsWithOrderLines(
  bookings: Array<{ id: string; variant_id: string; line_item_id: string | null }>,
  cartLines: PricedLine[],
  orderLines: PricedLine[]
): Map<string, string> {
  const cartLineById = new Map(cartLines.map((line) => [line.id, line]))
  const unused = orderLines.filter((line) => Number(line.quantity) === 1)
  const pairs = new Map<string, string>()
  for (const booking of bookings) {
    const cartLine = booking.line_item_id ? cartLineById.get(booking.line_item_id) : undefined
    if (!cartLine || cartLine.variant_id !== booking.variant_id || Number(cartLine.quantity) !== 1) continue
    const index = unused.findIndex(
      (line) => line.variant_id === booking.variant_id && Number(line.unit_price) === Number(cartLine.unit_price)
    )
    if (index === -1) continue
    pairs.set(booking.id, unused[index].id)
    unused.splice(index, 1)
  }
  return pairs
}
