import { Button } from "@medusajs/ui"

/** Previous / Next for a list paged by cursor, which knows no count: hidden on a first page that is also the last. */
export const CursorPager = ({
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  hasPrevious: boolean
  hasNext: boolean
  onPrevious: () => void
  onNext: () => void
}) => {
  if (!hasPrevious && !hasNext) return null
  return (
    <div className="flex justify-end gap-2 px-6 py-3">
      <Button size="small" variant="secondary" disabled={!hasPrevious} onClick={onPrevious}>
        Previous page
      </Button>
      <Button size="small" variant="secondary" disabled={!hasNext} onClick={onNext}>
        Next page
      </Button>
    </div>
  )
}
