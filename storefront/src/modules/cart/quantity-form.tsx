"use client"

import { useActionState } from "react"
import { updateLineItem } from "@/lib/actions/cart-actions"

export function QuantityForm({ lineId, quantity, label }: { lineId: string; quantity: number; label: string }) {
  const [state, action, pending] = useActionState(updateLineItem, {})
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex items-center gap-1">
        <label htmlFor={`qty-${lineId}`} className="sr-only">
          Quantity of {label}
        </label>
        <input id={`qty-${lineId}`} name="quantity" type="number" min={0} max={20} defaultValue={quantity} className="field w-16 py-1" />
        <button type="submit" className="text-sm underline" disabled={pending}>
          {pending ? "…" : "Update"}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="max-w-48 text-xs text-red-800">
          {state.error}
        </p>
      )}
    </form>
  )
}
