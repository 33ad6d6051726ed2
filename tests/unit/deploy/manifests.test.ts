// Every deployment file parses, and what it tells the server agrees with the server: environment
// names the configuration schema knows, values it accepts, the port it listens on, the probe paths
// it serves, and a termination grace period long enough for its SIGTERM drain.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ConfigSchema, loadConfig } from '../../../adapters/server/config.js';

const root = resolve(import.meta.dirname, '../../..');
const base = join(root, 'deploy/kubernetes/base');
const KNOWN_ENV = new Set(Object.keys(ConfigSchema.shape));

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML is walked by path; a wrong path fails the test
type Doc = Record<string, any>;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

function parse(file: string): Doc[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) expect(doc.errors, `${relative(root, file)}: ${doc.errors.join('; ')}`).toEqual([]);
  return list.map((d) => d.toJS() as Doc).filter((d) => d !== null);
}

const manifests = new Map(yamlFiles(base).map((f) => [relative(base, f), parse(f)] as const));
const one = (file: string): Doc => {
  const doc = manifests.get(file)?.[0];
  if (!doc) throw new Error(`${file} is missing`);
  return doc;
};

const deployment = one('deployment.yaml');
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
const env: Record<string, string> = Object.fromEntries(
  (container.env as { name: string; value: string }[]).map((e) => [e.name, e.value]),
);
const secret = one('secret.template.yaml');
const config = loadConfig({ ...secret.stringData, ...env });

describe('deploy/kubernetes/base', () => {
  it('every YAML file under deploy/ parses, and the kustomization lists files that exist', () => {
    for (const file of yamlFiles(join(root, 'deploy'))) parse(file);
    const kustomization = one('kustomization.yaml');
    for (const resource of kustomization.resources as string[])
      expect(manifests.has(resource), resource).toBe(true);
    // The Secret template holds placeholders: applying the base must never overwrite the real one.
    expect(kustomization.resources).not.toContain('secret.template.yaml');
  });

  it('names only environment variables the server reads, with values its configuration accepts', () => {
    for (const name of [...Object.keys(env), ...Object.keys(secret.stringData)])
      expect(KNOWN_ENV.has(name), `${name} is not a setting of adapters/server/config.ts`).toBe(true);
    const commented = readFileSync(join(base, 'secret.template.yaml'), 'utf8').matchAll(
      /^\s*#\s*([A-Za-z_]+):/gm,
    );
    for (const [, name] of commented) expect(KNOWN_ENV.has(name as string), name).toBe(true);
    expect(config.REDIS_URL).toBeDefined();
    expect(container.envFrom[0].secretRef.name).toBe(secret.metadata.name);
  });

  it('listens, probes and is reached on the port and paths the server serves', () => {
    const port = container.ports.find((p: Doc) => p.name === 'http');
    expect(port.containerPort).toBe(config.PORT);
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.startupProbe.httpGet.path).toBe('/healthz');
    expect(Number(deployment.spec.template.metadata.annotations['prometheus.io/port'])).toBe(config.PORT);
    expect(deployment.spec.template.metadata.annotations['prometheus.io/path']).toBe('/metrics');
    const service = one('service.yaml');
    expect(service.spec.ports[0].targetPort).toBe('http');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
  });

  it('gives SIGTERM time to drain: the grace period covers preStop plus SHUTDOWN_GRACE_SECONDS', () => {
    const preStop = Number(container.lifecycle.preStop.exec.command[1]);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStop + config.SHUTDOWN_GRACE_SECONDS);
  });

  it('runs as non-root with requests set, and the HPA and PDB point at the Deployment', () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
    });
    expect(container.resources.requests.cpu).toBeDefined();
    expect(container.resources.requests.memory).toBeDefined();
    const hpa = one('hpa.yaml');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = one('pdb.yaml');
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });
});

describe('compose.yaml', () => {
  const [compose] = parse(join(root, 'compose.yaml'));
  const app = compose?.services.app;
  const appEnv: Record<string, string> = app.environment;

  it('runs two app replicas on the shared Redis, with settings the server accepts', () => {
    expect(app.deploy.replicas).toBe(2);
    for (const name of Object.keys(appEnv)) expect(KNOWN_ENV.has(name), name).toBe(true);
    const appConfig = loadConfig(appEnv);
    expect(new URL(appConfig.REDIS_URL ?? '').hostname).toBe('redis');
    expect(compose?.services.redis.command).toContain('--appendonly');
    expect(Number.parseInt(app.stop_grace_period, 10)).toBeGreaterThan(appConfig.SHUTDOWN_GRACE_SECONDS);
  });

  it('the proxy forwards to the port the app listens on', () => {
    const nginx = readFileSync(join(root, 'deploy/compose/nginx.conf'), 'utf8');
    const upstream = /http:\/\/app:(\d+)/.exec(nginx)?.[1];
    expect(Number(upstream)).toBe(loadConfig(appEnv).PORT);
    expect(compose?.services.proxy.volumes[0]).toContain('deploy/compose/nginx.conf');
  });
});
