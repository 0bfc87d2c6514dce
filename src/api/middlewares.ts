import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminLowStockParams } from "./admin/inventory/low-stock/validators"
import { verifyStripeWebhookMiddleware } from "./hooks/verify-stripe-webhook"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/inventory/low-stock",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminLowStockParams, {})],
    },
    {
      matcher: "/hooks/payment/stripe_stripe",
      method: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeWebhookMiddleware],
    },
  ],
})
