"use client"

import { useActionState } from "react"
import { updateOffering } from "@/lib/actions/practice-actions"
import { FormMessage } from "@/modules/common/form-message"

/** Rename an offering or rewrite its description. */
export function OfferingEditForm({ id, title, description }: { id: string; title: string; description: string | null }) {
  const [state, action, pending] = useActionState(updateOffering, {})
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer underline">Edit {title}</summary>
      <form action={action} className="mt-2 grid gap-2">
        <input type="hidden" name="product_id" value={id} />
        <label htmlFor={`title-${id}`} className="label">
          Title
        </label>
        <input id={`title-${id}`} name="title" defaultValue={state.values?.title ?? title} className="field" required minLength={3} />
        <label htmlFor={`description-${id}`} className="label">
          Description
        </label>
        <textarea
          id={`description-${id}`}
          name="description"
          rows={3}
          defaultValue={state.values?.description ?? description ?? ""}
          className="field"
        />
        <FormMessage state={state} />
        <button type="submit" className="btn-secondary w-fit py-1" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
      </form>
    </details>
  )
}
