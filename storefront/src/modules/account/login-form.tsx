"use client"

import { useActionState } from "react"
import { login } from "@/lib/actions/account-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

export function LoginForm({ returnTo }: { returnTo?: string }) {
  const [state, action, pending] = useActionState(login, {})
  return (
    <form action={action} className="mt-6 space-y-4">
      <input type="hidden" name="return_to" value={returnTo ?? ""} />
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" />
      <FormMessage state={state} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Logging in…" : "Log in"}
      </button>
    </form>
  )
}
