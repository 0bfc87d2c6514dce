import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import { apiBaseOptions, StripeLibrary } from "../../lib/stripe/stripe-client"

type Options = ConstructorParameters<typeof StripeProviderService>[1] & {
  /** Another Stripe-compatible API, e.g. http://127.0.0.1:12111 (tests). */
  apiBase?: string
}

/**
 * Medusa's Stripe provider (id `pp_stripe_stripe`) with an overridable API base.
 * Everything else — intents, capture, refunds, webhook parsing — is the stock
 * provider's.
 */
export class AvenraeStripeProviderService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBase) {
      this.stripe_ = new StripeLibrary(options.apiKey, apiBaseOptions(options.apiBase))
    }
  }
}
