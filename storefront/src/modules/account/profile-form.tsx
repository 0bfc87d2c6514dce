"use client"

import { useActionState } from "react"
import { updateProfile } from "@/lib/actions/account-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"

export function ProfileForm({ initial: saved }: { initial: { first_name: string; last_name: string; phone: string } }) {
  const [state, action, pending] = useActionState(updateProfile, {})
  const initial = { ...saved, ...state.values }
  return (
    <form action={action} className="grid max-w-xl gap-4 sm:grid-cols-2">
      <TextField name="first_name" label="First name" defaultValue={initial.first_name} autoComplete="given-name" />
      <TextField name="last_name" label="Last name" defaultValue={initial.last_name} autoComplete="family-name" />
      <TextField name="phone" label="Phone" type="tel" required={false} defaultValue={initial.phone} autoComplete="tel" />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Save profile"}
        </button>
      </div>
    </form>
  )
}
