"use client"

import { useActionState } from "react"
import { register } from "@/lib/actions/account-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

export function RegisterForm() {
  const [state, action, pending] = useActionState(register, {})
  return (
    <form action={action} className="mt-6 grid gap-4 sm:grid-cols-2">
      <TextField name="first_name" label="First name" autoComplete="given-name" defaultValue={state.values?.first_name} />
      <TextField name="last_name" label="Last name" autoComplete="family-name" defaultValue={state.values?.last_name} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        className="sm:col-span-2"
        defaultValue={state.values?.email}
      />
      <TextField
        name="password"
        label="Password (at least 8 characters)"
        type="password"
        autoComplete="new-password"
        className="sm:col-span-2"
      />
      <div className="space-y-3 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-primary w-full" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  )
}
