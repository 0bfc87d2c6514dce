export { Review } from "./review"
export { ReviewAggregate } from "./review-aggregate"
export { ReviewReport } from "./review-report"
export { ReviewVote } from "./review-vote"
