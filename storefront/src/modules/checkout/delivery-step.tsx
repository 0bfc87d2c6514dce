"use client"

import { useActionState } from "react"
import { chooseShipping } from "@/lib/actions/checkout-actions"
import { formatMoney } from "@/lib/util/money"
import { FormMessage } from "@/modules/common/form-message"

export function DeliveryStep({
  options,
  chosen,
  currency,
}: {
  options: Array<{ id: string; name: string; amount: number | null }>
  chosen?: string
  currency: string
}) {
  const [state, action, pending] = useActionState(chooseShipping, {})
  if (!options.length) return <p className="text-sm text-red-800">We cannot deliver to this address yet. Please choose another country.</p>
  return (
    <form action={action} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="sr-only">Delivery method</legend>
        {options.map((o, i) => (
          <label
            key={o.id}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-xl border border-ink/15 px-4 py-3 has-[:checked]:border-amethyst-700 has-[:checked]:bg-amethyst-50"
          >
            <span className="flex items-center gap-3">
              <input type="radio" name="option_id" value={o.id} defaultChecked={chosen ? chosen === o.id : i === 0} />
              {o.name}
            </span>
            <span>{formatMoney(o.amount, currency)}</span>
          </label>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Continue to payment"}
      </button>
    </form>
  )
}
