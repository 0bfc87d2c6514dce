/**
 * Payment providers to register besides Medusa's built-in `pp_system_default`.
 * Stripe joins when STRIPE_API_KEY is set; STRIPE_API_BASE points its client at
 * another Stripe-compatible API (a local fake in tests).
 */
type ProviderEntry = {
  resolve: string
  id: string
  options: Record<string, unknown>
}

export function paymentProviders(env: Record<string, string | undefined>): ProviderEntry[] {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  return [
    {
      resolve: "./src/providers/stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        apiBase: env.STRIPE_API_BASE,
      },
    },
  ]
}

/** Payment provider ids a region offers at checkout, in display order. */
export function regionPaymentProviderIds(env: Record<string, string | undefined>): string[] {
  return ["pp_system_default", ...paymentProviders(env).map((provider) => `pp_stripe_${provider.id}`)]
}
