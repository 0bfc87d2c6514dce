import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The cart line just added for a hold: the one line of `variant_id` in the
 * cart that no other hold carries (`carried`: line ids other holds name).
 * Called under the hold's lock right after the line was added, so there is
 * exactly one; anything else is a fault, not the shopper's mistake.
 */
export async function newCartLine(
  container: MedusaContainer,
  input: { cart_id: string; variant_id: string; carried: Set<string | null>; hold: string }
) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["items.id", "items.variant_id"],
    filters: { id: input.cart_id },
  })
  const lines = ((data[0]?.items ?? []) as Array<{ id: string; variant_id: string | null } | null>).filter(
    (item): item is { id: string; variant_id: string } => !!item && item.variant_id === input.variant_id && !input.carried.has(item.id)
  )
  if (lines.length !== 1) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Expected one new cart line for ${input.hold}, found ${lines.length}.`)
  }
  return lines[0].id
}
