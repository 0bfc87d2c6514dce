import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { PractitionerActions } from "../../../components/practitioner-actions"
import { PractitionerLedger } from "../../../components/practitioner-ledger"
import { PractitionerReviews } from "../../../components/practitioner-reviews"
import { StatusBadge } from "../../../components/practitioner-status"
import { RecordHistory } from "../../../components/record-history"
import { AdminPractitionerDetail, usePractitioner, useSetCommission } from "../../../lib/practitioners"

/** One practitioner: profile, staff decisions, commission, ledger, reviews, the products they sell and the history of changes to them. */
const PractitionerDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = usePractitioner(id!)

  if (isLoading) return <Text className="p-6">Loading the practitioner…</Text>
  if (isError || !data) {
    return <Text className="text-ui-fg-error p-6">Could not load the practitioner: {(error as Error)?.message}</Text>
  }
  const p = data.practitioner
  return (
    <div className="flex flex-col gap-y-3" data-testid="avenrae-practitioner-detail">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
          <div className="flex items-center gap-3">
            {p.avatar_url && <img src={p.avatar_url} alt="" className="h-12 w-12 rounded-full object-cover" />}
            <div>
              <Heading level="h1">{p.display_name}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {p.email} · /practitioners/{p.handle}
              </Text>
            </div>
          </div>
          <div className="flex flex-col items-end gap-2">
            <div className="flex gap-1">
              <StatusBadge status={p.status} />
              {p.verified && (
                <Badge size="2xsmall" color="blue">
                  Verified
                </Badge>
              )}
            </div>
            <PractitionerActions practitioner={p} />
          </div>
        </div>
        {p.status_reason && (
          <Text size="small" className="px-6 py-3">
            Reason given: {p.status_reason}
          </Text>
        )}
        <Profile practitioner={p} />
      </Container>
      <Commission practitioner={p} />
      <PractitionerLedger practitionerId={p.id} />
      <PractitionerReviews practitionerId={p.id} />
      <Products practitioner={p} />
      <RecordHistory targetType="practitioner" targetId={p.id} />
    </div>
  )
}

const Profile = ({ practitioner: p }: { practitioner: AdminPractitionerDetail }) => {
  const rows: Array<[string, string]> = [
    ["Kind", p.kind],
    ["Specialties", p.specialties.join(", ") || "—"],
    ["Languages", p.languages.join(", ") || "—"],
    ["Experience", `${p.years_of_experience} years`],
    ["City", [p.city, p.country_code?.toUpperCase()].filter(Boolean).join(", ") || "—"],
    ["Time zone", p.timezone],
    ["Meets", p.meeting_modes.map((m) => (m === "in_person" ? "in person" : m)).join(", ")],
    ["Rating", p.rating_count ? `${p.rating_average.toFixed(1)} from ${p.rating_count} reviews` : "No reviews yet"],
    ["Verified", p.verified_at ? `${new Date(p.verified_at).toLocaleString()} by ${p.verified_by}` : "No"],
    ["Applied", new Date(p.created_at).toLocaleString()],
  ]
  return (
    <div className="px-6 py-4">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="text-ui-fg-subtle min-w-28 text-sm">{label}</dt>
            <dd className="text-sm">{value}</dd>
          </div>
        ))}
      </dl>
      <Text size="small" className="mt-4 whitespace-pre-line">
        {p.bio}
      </Text>
    </div>
  )
}

const Commission = ({ practitioner: p }: { practitioner: AdminPractitionerDetail }) => {
  const toPercent = (rateBps: number | null) => (rateBps === null ? "" : String(rateBps / 100))
  const [percent, setPercent] = useState(toPercent(p.commission_rate_bps))
  useEffect(() => setPercent(toPercent(p.commission_rate_bps)), [p.commission_rate_bps])
  const save = useSetCommission(p.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const rate = percent.trim() === "" ? null : Math.round(Number(percent) * 100)
    save.mutate(rate, {
      onSuccess: () => toast.success(rate === null ? "The category or platform commission applies" : `Commission set to ${percent} %`),
      onError: (e) => toast.error((e as Error).message),
    })
  }

  return (
    <Container className="px-6 py-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="commission" size="small">
            Commission (%)
          </Label>
          <Input
            id="commission"
            type="number"
            min={0}
            max={100}
            step={0.5}
            size="small"
            placeholder="Platform default"
            value={percent}
            onChange={(event) => setPercent(event.target.value)}
          />
        </div>
        <Button type="submit" size="small" variant="secondary" isLoading={save.isPending}>
          Save commission
        </Button>
        <Text size="small" className="text-ui-fg-subtle">
          Leave empty for the category or platform rate.
        </Text>
      </form>
    </Container>
  )
}

const Products = ({ practitioner: p }: { practitioner: AdminPractitionerDetail }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Products they sell</Heading>
    </div>
    {p.products.length === 0 ? (
      <Text className="px-6 py-4">No products yet.</Text>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {p.products.map((product) => (
            <Table.Row key={product.id}>
              <Table.Cell>
                <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:underline">
                  {product.title}
                </Link>
              </Table.Cell>
              <Table.Cell className="capitalize">{product.status}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </Container>
)

export default PractitionerDetailPage
