"use client"

import { useActionState } from "react"
import { applyAsPractitioner } from "@/lib/actions/practice-actions"
import { FormMessage } from "@/modules/common/form-message"
import { TextField } from "@/modules/common/text-field"
import { ProfileFields, profileValuesFrom } from "./profile-fields"

export function ApplyForm({ timeZones }: { timeZones: string[] }) {
  const [state, action, pending] = useActionState(applyAsPractitioner, {})
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} />
      <TextField name="password" label="Password (at least 8 characters)" type="password" autoComplete="new-password" />
      <ProfileFields values={profileValuesFrom(state.values) ?? {}} timeZones={timeZones} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Sending…" : "Send my application"}
        </button>
      </div>
    </form>
  )
}
