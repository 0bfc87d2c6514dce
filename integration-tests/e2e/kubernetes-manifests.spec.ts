import fs from "node:fs"
import path from "node:path"
import { Deployment } from "kubernetes-models/apps/v1"
import { ConfigMap, Secret, Service } from "kubernetes-models/v1"
import { Ingress } from "kubernetes-models/networking.k8s.io/v1"
import { parseAllDocuments } from "yaml"
import { KUBERNETES_TYPES, unknownFieldErrors } from "../helpers/kubernetes-fields"

const K8S = path.resolve(__dirname, "../../deploy/k8s")

/**
 * The models of the kinds the manifests use, generated from the Kubernetes
 * API's OpenAPI schemas: `validate()` throws on a missing required field or a
 * wrong type. It lets unknown fields through, so those are found by the
 * compiler against the same models' types (unknownFieldErrors).
 */
const MODELS: Record<string, new (data: any) => { validate: () => void }> = {
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "networking.k8s.io/v1/Ingress": Ingress,
}

type Manifest = { file: string; object: any }

function manifests(): Manifest[] {
  return fs
    .readdirSync(K8S)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((file) =>
      parseAllDocuments(fs.readFileSync(path.join(K8S, file), "utf8")).map((document) => {
        if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`)
        return { file, object: document.toJS() }
      })
    )
}

const all = manifests()
const byKindAndName = (kind: string, name: string) => all.find((m) => m.object.kind === kind && m.object.metadata.name === name)?.object

describe("Kubernetes manifests (deploy/k8s)", () => {
  const unknown = unknownFieldErrors(all.map((m) => m.object))
  it.each(all.map((m, i) => [`${m.file}: ${m.object.kind} ${m.object.metadata?.name}`, m.object, unknown[i]]))(
    "%s is valid against the Kubernetes API schema",
    (_label, object, unknownFields) => {
      const kind = `${object.apiVersion}/${object.kind}`
      expect({ kind, model: Boolean(MODELS[kind] && KUBERNETES_TYPES[kind]) }).toEqual({ kind, model: true })
      expect(() => new MODELS[kind](object).validate()).not.toThrow()
      expect(unknownFields).toEqual([])
    }
  )

  const spoilt = (spoil: (deployment: any) => unknown) => {
    const deployment = structuredClone(byKindAndName("Deployment", "avenrae-server"))
    spoil(deployment)
    return deployment
  }

  it("finds a misspelt and a misplaced field in a Deployment", () => {
    const [misspelt, misplaced] = unknownFieldErrors([
      spoilt((d) => (d.spec.template.spec.containers[0].livenessProbe.httpGet.paht = "/health")),
      spoilt((d) => (d.spec.livenessProbe = d.spec.template.spec.containers[0].livenessProbe)),
    ])
    expect(misspelt.join("\n")).toMatch(/'"paht"' does not exist in type 'IHTTPGetAction'/)
    expect(misplaced.join("\n")).toMatch(/'"livenessProbe"' does not exist in type 'I\w*DeploymentSpec'/)
  })

  it.each([
    ["a wrong type", (d: any) => (d.spec.replicas = "two")],
    ["a missing required field", (d: any) => delete d.spec.selector],
    ["a container without a name", (d: any) => delete d.spec.template.spec.containers[0].name],
  ])("fails a Deployment with %s", (_label, spoil) => {
    expect(() => new Deployment(byKindAndName("Deployment", "avenrae-server")).validate()).not.toThrow()
    expect(() => new Deployment(spoilt(spoil)).validate()).toThrow()
  })

  it.each([
    ["avenrae-server", "server", 9000],
    ["avenrae-worker", "worker", 9000],
    ["avenrae-storefront", undefined, 8000],
  ])("runs %s with readiness and liveness probes on /health", (name, mode, port) => {
    const deployment = byKindAndName("Deployment", name)
    expect(deployment).toBeDefined()
    const [container] = deployment.spec.template.spec.containers
    const named = Object.fromEntries(container.ports.map((p: any) => [p.name, p.containerPort]))
    for (const probe of [container.readinessProbe, container.livenessProbe]) {
      expect(probe.httpGet.path).toBe("/health")
      expect(named[probe.httpGet.port]).toBe(port)
      expect(probe.timeoutSeconds).toBeGreaterThan(0)
    }
    const env = Object.fromEntries((container.env ?? []).map((e: any) => [e.name, e.value]))
    expect(env.MEDUSA_WORKER_MODE).toBe(mode)
    expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels)
  })

  it("reads its settings from the ConfigMap and Secret it ships, whose values are placeholders", () => {
    const config = byKindAndName("ConfigMap", "avenrae-config")
    const secret = byKindAndName("Secret", "avenrae-secrets")
    for (const name of ["avenrae-server", "avenrae-worker"]) {
      const [container] = byKindAndName("Deployment", name).spec.template.spec.containers
      expect(container.envFrom).toEqual([{ configMapRef: { name: "avenrae-config" } }, { secretRef: { name: "avenrae-secrets" } }])
    }
    for (const key of ["JWT_SECRET", "COOKIE_SECRET", "S3_SECRET_ACCESS_KEY", "DEMO_ADMIN_PASSWORD"]) {
      expect(secret.stringData[key]).toMatch(/^replace-me/)
    }
    expect(config.data).toMatchObject({ S3_BUCKET: expect.any(String), LIVENESS_MAX_LAG_MS: expect.any(String) })
    expect(Object.keys(config.data).filter((key) => /SECRET|PASSWORD/.test(key))).toEqual([])
  })

  it("routes the shop to the storefront and the API to the servers through Services that select their pods", () => {
    const ingress = byKindAndName("Ingress", "avenrae")
    const backends = ingress.spec.rules.flatMap((rule: any) => rule.http.paths.map((p: any) => p.backend.service.name))
    expect(backends.sort()).toEqual(["avenrae-server", "avenrae-storefront"])
    for (const name of backends) {
      const service = byKindAndName("Service", name)
      const pods = byKindAndName("Deployment", name).spec.template.metadata.labels
      expect(pods).toMatchObject(service.spec.selector)
    }
  })
})
