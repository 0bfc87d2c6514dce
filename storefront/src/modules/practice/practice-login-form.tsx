"use client"

import { useActionState } from "react"
import { practitionerLogin } from "@/lib/actions/practice-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

export function PracticeLoginForm() {
  const [state, action, pending] = useActionState(practitionerLogin, {})
  return (
    <form action={action} className="space-y-4">
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" />
      <FormMessage state={state} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Logging in…" : "Log in to the portal"}
      </button>
    </form>
  )
}
