// `npm run package:teams`: the Teams app package — a zip with manifest.json and both icons at its
// root (docs/platform-notes.md) — with the bot id taken from MicrosoftAppId (environment or .env). Without an
// app id it refuses, unless `--placeholder` asks for an all-zero id (to inspect the package only).
// The manifest is validated offline against the schema bundled in @microsoft/app-manifest first.
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { ZipFile } from 'yazl';

const root = resolve(import.meta.dirname, '..');
export const MANIFEST_DIR = resolve(root, 'manifest/teams');
export const PACKAGE_FILE = resolve(MANIFEST_DIR, 'build/virt-advisor-teams.zip');
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fixed timestamps make the zip reproducible: the same inputs give the same bytes. */
const MTIME = new Date('2026-01-01T00:00:00Z');

type Env = Record<string, string | undefined>;
type Manifest = Record<string, unknown> & {
  bots: Record<string, unknown>[];
  icons: { color: string; outline: string };
};

export type PackageResult = { ok: true; file: string; manifest: Manifest } | { ok: false; message: string };

export function readSourceManifest(): Manifest {
  return JSON.parse(readFileSync(resolve(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** The manifest schema bundled with @microsoft/app-manifest, so validation never fetches it. */
export function bundledSchema(manifest: Record<string, unknown>): object {
  const version = /\/teams\/(v[\d.]+)\//.exec(String(manifest.$schema))?.[1];
  if (!version) throw new Error('manifest.json has no Teams $schema URL');
  const pkg = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  return JSON.parse(
    readFileSync(
      resolve(dirname(pkg), 'build/json-schemas/teams', version, 'MicrosoftTeams.schema.json'),
      'utf8',
    ),
  );
}

export async function validateManifest(manifest: Manifest): Promise<string[]> {
  const schema = bundledSchema(manifest) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest, schema);
}

/** The manifest with this deployment's ids and the package version. */
export function deploymentManifest(source: Manifest, appId: string, version: string): Manifest {
  const bots = source.bots.map((bot) => ({ ...bot, botId: appId }));
  return { ...source, id: appId, version, bots };
}

export async function buildTeamsPackage(options: {
  env: Env;
  placeholder?: boolean;
  file?: string;
}): Promise<PackageResult> {
  const appId = options.env.MicrosoftAppId?.trim() || (options.placeholder ? PLACEHOLDER_ID : '');
  if (!appId) {
    return {
      ok: false,
      message:
        'MicrosoftAppId is not set, so the package would name no bot. Set it (environment or .env) to your Azure Bot / ' +
        'Teams Developer Portal app id, or run with --placeholder to build a package for inspection only (see docs/teams.md).',
    };
  }
  if (!GUID.test(appId))
    return { ok: false, message: `MicrosoftAppId "${appId}" is not a GUID; Teams needs the bot's app id.` };
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const manifest = deploymentManifest(readSourceManifest(), appId, version);
  const problems = await validateManifest(manifest);
  if (problems.length > 0)
    return { ok: false, message: `manifest.json does not validate:\n- ${problems.join('\n- ')}` };

  const file = options.file ?? PACKAGE_FILE;
  mkdirSync(dirname(file), { recursive: true });
  const zip = new ZipFile();
  const entry = { mtime: MTIME, mode: 0o100644 };
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', entry);
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.addBuffer(readFileSync(resolve(MANIFEST_DIR, icon)), icon, entry);
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
  return { ok: true, file, manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await import('dotenv/config');
  const result = await buildTeamsPackage({
    env: process.env,
    placeholder: process.argv.includes('--placeholder'),
  });
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  const placeholder = result.manifest.id === PLACEHOLDER_ID;
  console.log(`Wrote ${result.file.slice(root.length + 1)} for bot ${String(result.manifest.id)}.`);
  if (placeholder) console.log('This package carries a placeholder id: Teams will not reach a bot with it.');
}
