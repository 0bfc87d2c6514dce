"use client"

import { useActionState } from "react"
import { addAddress } from "@/lib/actions/account-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

export function AddressForm({ countries }: { countries: Array<{ code: string; name: string }> }) {
  const [state, action, pending] = useActionState(addAddress, {})
  return (
    <form action={action} className="grid max-w-xl gap-4 sm:grid-cols-2">
      <TextField name="first_name" defaultValue={state.values?.first_name} label="First name" autoComplete="given-name" />
      <TextField name="last_name" defaultValue={state.values?.last_name} label="Last name" autoComplete="family-name" />
      <TextField
        name="address_1"
        defaultValue={state.values?.address_1}
        label="Street address"
        autoComplete="address-line1"
        className="sm:col-span-2"
      />
      <TextField name="city" defaultValue={state.values?.city} label="City" autoComplete="address-level2" />
      <TextField name="postal_code" defaultValue={state.values?.postal_code} label="Postal code" autoComplete="postal-code" />
      <div>
        <label htmlFor="country_code" className="label">
          Country
        </label>
        <select id="country_code" name="country_code" defaultValue={state.values?.country_code} className="field" autoComplete="country">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <TextField name="phone" label="Phone" type="tel" required={false} autoComplete="tel" defaultValue={state.values?.phone} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Add address"}
        </button>
      </div>
    </form>
  )
}
