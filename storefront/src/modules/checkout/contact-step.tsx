"use client"

import { useActionState } from "react"
import { saveContact } from "@/lib/actions/checkout-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

type Values = Record<"email" | "first_name" | "last_name" | "address_1" | "city" | "postal_code" | "country_code" | "phone", string>

/** Email and address; `next` names the step that follows (payment when nothing is shipped). */
export function ContactStep({
  initial: saved,
  countries,
  next = "delivery",
}: {
  initial: Values
  countries: Array<{ code: string; name: string }>
  next?: "delivery" | "payment"
}) {
  const [state, action, pending] = useActionState(saveContact, {})
  const initial = { ...saved, ...state.values }
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={initial.email} className="sm:col-span-2" />
      <TextField name="first_name" label="First name" autoComplete="given-name" defaultValue={initial.first_name} />
      <TextField name="last_name" label="Last name" autoComplete="family-name" defaultValue={initial.last_name} />
      <TextField
        name="address_1"
        label="Street address"
        autoComplete="address-line1"
        defaultValue={initial.address_1}
        className="sm:col-span-2"
      />
      <TextField name="city" label="City" autoComplete="address-level2" defaultValue={initial.city} />
      <TextField name="postal_code" label="Postal code" autoComplete="postal-code" defaultValue={initial.postal_code} />
      <div>
        <label htmlFor="country_code" className="label">
          Country
        </label>
        <select id="country_code" name="country_code" defaultValue={initial.country_code} className="field" autoComplete="country">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <TextField name="phone" label="Phone" type="tel" autoComplete="tel" required={false} defaultValue={initial.phone} />
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-primary w-fit" disabled={pending}>
          {pending ? "Saving…" : `Continue to ${next}`}
        </button>
      </div>
    </form>
  )
}
