import { TargetReviews } from "./target-reviews"

/** The practitioner's reviews on their page (reviews of their sessions; their products and events have their own). */
export const PractitionerReviews = ({ practitionerId }: { practitionerId: string }) => (
  <TargetReviews targetType="practitioner" targetId={practitionerId} />
)
