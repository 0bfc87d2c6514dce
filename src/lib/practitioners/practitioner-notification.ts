/**
 * The email a practitioner gets when staff decide something about them:
 * template `practitioner-<what happened>`, addressed to their login email.
 */
export function practitionerNotification(
  practitioner: { id: string; email: string; display_name: string },
  happened: string,
  data: Record<string, unknown> = {}
) {
  return {
    to: practitioner.email,
    channel: "email",
    template: `practitioner-${happened}`,
    trigger_type: `practitioner.${happened}`,
    resource_id: practitioner.id,
    resource_type: "practitioner",
    data: { display_name: practitioner.display_name, ...data },
  }
}
