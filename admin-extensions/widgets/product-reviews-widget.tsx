import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { TargetReviews } from "../components/target-reviews"

/** On the product page: its rating, its five latest reviews and a link to the rest. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <TargetReviews targetType="product" targetId={product.id} />
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductReviewsWidget
