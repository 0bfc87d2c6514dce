"use client"

import Link from "next/link"
import { useActionState, useMemo, useState } from "react"
import { addToCart } from "@/lib/actions/cart-actions"
import { formatMoney } from "@/lib/util/money"

export type PickerVariant = {
  id: string
  title: string
  options: Record<string, string>
  amount: number | null
  available: boolean
  /** Units left when few remain, else null. */
  lowStock: number | null
}

type Option = { id: string; title: string; values: string[] }

/** Options → the matching variant, its price and stock, and the add-to-cart form. */
export function VariantPicker({ variants, options, currency }: { variants: PickerVariant[]; options: Option[]; currency: string }) {
  const first = variants.find((v) => v.available) ?? variants[0]
  const [chosen, setChosen] = useState<Record<string, string>>(first?.options ?? {})
  const variant = useMemo(() => variants.find((v) => options.every((o) => v.options[o.id] === chosen[o.id])), [variants, options, chosen])
  const [state, action, pending] = useActionState(addToCart, {})

  return (
    <form action={action} className="mt-6 space-y-5">
      {options.length > 0 &&
        variants.length > 1 &&
        options.map((option) => (
          <fieldset key={option.id}>
            <legend className="label">{option.title}</legend>
            <div className="flex flex-wrap gap-2">
              {option.values.map((value) => {
                const selected = chosen[option.id] === value
                return (
                  <label
                    key={value}
                    className={`cursor-pointer rounded-full border px-4 py-1.5 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amethyst-600 ${
                      selected ? "border-amethyst-700 bg-amethyst-50 text-amethyst-800" : "border-ink/20"
                    }`}
                  >
                    <input
                      type="radio"
                      name={`option-${option.id}`}
                      value={value}
                      checked={selected}
                      onChange={() => setChosen({ ...chosen, [option.id]: value })}
                      className="sr-only"
                    />
                    {value}
                  </label>
                )
              })}
            </div>
          </fieldset>
        ))}

      <p className="text-2xl" data-testid="product-price">
        {variant ? formatMoney(variant.amount, currency) : "Choose an option"}
      </p>
      <p className="text-sm" data-testid="stock-state" aria-live="polite">
        {!variant ? (
          ""
        ) : !variant.available ? (
          <span className="font-medium text-red-800">Sold out — this cannot be ordered right now.</span>
        ) : variant.lowStock ? (
          <span className="text-amber-800">Only {variant.lowStock} left</span>
        ) : (
          <span className="text-emerald-800">In stock</span>
        )}
      </p>

      <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
      <div className="flex items-end gap-3">
        <div>
          <label htmlFor="quantity" className="label">
            Quantity
          </label>
          <input id="quantity" name="quantity" type="number" min={1} max={20} defaultValue={1} className="field w-20" />
        </div>
        <button type="submit" className="btn-primary" disabled={!variant || !variant.available || pending}>
          {pending ? "Adding…" : !variant || variant.available ? "Add to cart" : "Sold out"}
        </button>
      </div>
      <div aria-live="polite" className="text-sm">
        {state.error && (
          <p role="alert" className="text-red-800">
            {state.error}
          </p>
        )}
        {state.ok && (
          <p className="text-emerald-800">
            {state.message}{" "}
            <Link href="/cart" className="underline">
              View cart
            </Link>
          </p>
        )}
      </div>
    </form>
  )
}
