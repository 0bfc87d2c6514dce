import path from "node:path"
import ts from "typescript"

const ROOT = path.resolve(__dirname, "../..")

/** The model (module and interface) of each kind the manifests use, keyed "apiVersion/kind". */
export const KUBERNETES_TYPES: Record<string, { module: string; type: string }> = {
  "v1/ConfigMap": { module: "kubernetes-models/v1/ConfigMap", type: "IConfigMap" },
  "v1/Secret": { module: "kubernetes-models/v1/Secret", type: "ISecret" },
  "v1/Service": { module: "kubernetes-models/v1/Service", type: "IService" },
  "apps/v1/Deployment": { module: "kubernetes-models/apps/v1/Deployment", type: "IDeployment" },
  "networking.k8s.io/v1/Ingress": { module: "kubernetes-models/networking.k8s.io/v1/Ingress", type: "IIngress" },
}

/**
 * Fields the Kubernetes API does not have, found by the TypeScript compiler:
 * each object is checked as a literal of its kind's interface from
 * `kubernetes-models` (generated from the same OpenAPI schemas as its
 * validators, which let unknown fields through), so a misspelt or misplaced
 * field is an excess-property error. One compile for all objects; returns the
 * errors of each object by its index.
 */
export function unknownFieldErrors(objects: any[]): string[][] {
  const file = path.join(ROOT, "deploy", "k8s", "manifests.check.ts")
  const types = objects.map((object) => KUBERNETES_TYPES[`${object.apiVersion}/${object.kind}`])
  const imports = [...new Set(types.filter(Boolean).map((t) => `import type { ${t.type} } from "${t.module}"`))]
  // One object per line, so a diagnostic's line names its object (an object of a kind without a model is left out).
  const lines = objects.map((object, i) => (types[i] ? `export const m${i}: ${types[i].type} = ${JSON.stringify(object)}` : ""))
  const source = [...imports, ...lines].join("\n")
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: [],
  }
  const host = ts.createCompilerHost(options)
  const read = host.getSourceFile
  host.getSourceFile = (name, version, ...rest) =>
    name === file ? ts.createSourceFile(name, source, version) : read.call(host, name, version, ...rest)
  host.fileExists = (
    (exists) => (name: string) =>
      name === file || exists(name)
  )(host.fileExists)
  const program = ts.createProgram([file], options, host)
  const errors: string[][] = objects.map((object, i) => (types[i] ? [] : [`No model for ${object.apiVersion} ${object.kind}`]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")
    const line =
      diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : -1
    const index = line - imports.length
    if (index >= 0 && index < objects.length) errors[index].push(message)
    else throw new Error(`Checking the manifests' fields failed: ${message}`)
  }
  return errors
}
