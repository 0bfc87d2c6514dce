import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { RecordHistory } from "../components/record-history"

/** On the product page: the latest changes to the product, linking to its whole history. */
const ProductHistoryWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <RecordHistory targetType="product" targetId={product.id} />
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductHistoryWidget
