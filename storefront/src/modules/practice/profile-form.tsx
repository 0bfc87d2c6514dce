"use client"

import { useActionState } from "react"
import { updatePracticeProfile } from "@/lib/actions/practice-actions"
import { FormMessage } from "@/modules/common/form-message"
import { ProfileFields, ProfileValues, profileValuesFrom } from "./profile-fields"

export function ProfileForm({ values, timeZones }: { values: ProfileValues; timeZones: string[] }) {
  const [state, action, pending] = useActionState(updatePracticeProfile, {})
  return (
    <form action={action} className="card grid gap-4 p-5 sm:grid-cols-2">
      <ProfileFields values={profileValuesFrom(state.values) ?? values} timeZones={timeZones} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Save profile"}
        </button>
      </div>
    </form>
  )
}
