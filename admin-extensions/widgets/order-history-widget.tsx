import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { RecordHistory } from "../components/record-history"

/** On the order page: the latest changes to the order, linking to its whole history. */
const OrderHistoryWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => <RecordHistory targetType="order" targetId={order.id} />

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderHistoryWidget
