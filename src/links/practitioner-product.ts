import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import PractitionerModule from "../modules/practitioner"

/**
 * A practitioner sells products (session offerings, crystals); a product has
 * at most one practitioner — enforced where links are made
 * (workflows/steps/link-practitioner-product.ts).
 */
export default defineLink(PractitionerModule.linkable.practitioner, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
