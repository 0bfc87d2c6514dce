import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow, uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updatePractitionerStep } from "../steps/update-practitioner"

export const setPractitionerAvatarWorkflowId = "set-practitioner-avatar"

export type SetPractitionerAvatarInput = {
  id: string
  file: { filename: string; mimeType: string; content: string }
}

/**
 * Stores a practitioner's new avatar with Medusa's file module, points the
 * profile at it and deletes the picture it replaces. If the profile cannot be
 * updated, the upload's own compensation deletes the new file again.
 */
export const setPractitionerAvatarWorkflow = createWorkflow(setPractitionerAvatarWorkflowId, (input: SetPractitionerAvatarInput) => {
  const { data: practitioners } = useQueryGraphStep({
    entity: "practitioner",
    fields: ["id", "avatar_file_id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const uploaded = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ files: [{ ...input.file, access: "public" as const }] })),
  })
  const practitioner = updatePractitionerStep(
    transform({ input, uploaded }, ({ input, uploaded }) => ({
      id: input.id,
      avatar_url: uploaded[0].url,
      avatar_file_id: uploaded[0].id,
    }))
  )
  const replaced = transform({ practitioners }, ({ practitioners }) => practitioners[0].avatar_file_id as string | null)
  when({ replaced }, ({ replaced }) => !!replaced).then(() => {
    deleteFilesWorkflow.runAsStep({ input: transform({ replaced }, ({ replaced }) => ({ ids: [replaced!] })) })
  })
  return new WorkflowResponse(practitioner)
})
