"use client"

import { useActionState } from "react"
import { uploadAvatar } from "@/lib/actions/practice-actions"
import { FormMessage } from "@/modules/common/form-message"
import { Avatar } from "@/modules/practitioners/practitioner-card"

export function AvatarForm({ avatarUrl, name }: { avatarUrl: string | null; name: string }) {
  const [state, action, pending] = useActionState(uploadAvatar, {})
  return (
    <form action={action} className="card mb-6 flex flex-wrap items-center gap-4 p-5">
      <Avatar practitioner={{ avatar_url: avatarUrl, display_name: name }} size={72} />
      <div>
        <label htmlFor="avatar" className="label">
          Your picture (PNG, JPEG or WebP, up to 2 MB)
        </label>
        <input id="avatar" name="avatar" type="file" accept="image/png,image/jpeg,image/webp" className="text-sm" />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Uploading…" : "Upload"}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  )
}
