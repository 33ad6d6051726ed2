// The Teams app package: the manifest validates offline against the schema bundled with
// @microsoft/app-manifest, the icons have the pixel sizes Teams requires (read from the PNG headers),
// and `npm run package:teams` writes a zip with manifest.json and both icons at its root.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon, encode } from '../../../scripts/make-teams-icons.js';
import {
  buildTeamsPackage,
  deploymentManifest,
  MANIFEST_DIR,
  PLACEHOLDER_ID,
  readSourceManifest,
  validateManifest,
} from '../../../scripts/package-teams.js';
import { pngSize, readZip } from '../../support/teams-zip.js';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const out = mkdtempSync(join(tmpdir(), 'teams-package-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const icon = (name: string) => readFileSync(resolve(MANIFEST_DIR, name));

describe('manifest/teams/manifest.json', () => {
  const source = readSourceManifest();

  it('validates against its schema version, offline', async () => {
    expect(String(source.$schema)).toMatch(/\/teams\/v1\.(19|2\d|3\d)\/MicrosoftTeams\.schema\.json$/);
    expect(await validateManifest(source)).toEqual([]);
  });

  it('the validator does catch mistakes (a wrongly cased scope, a missing field)', async () => {
    const bad = structuredClone(source);
    (bad.bots[0] as { scopes: string[] }).scopes = ['Personal'];
    expect((await validateManifest(bad)).join(' ')).toMatch(/scopes/);
    const { name: _name, ...noName } = source;
    expect((await validateManifest(noName as typeof source)).join(' ')).toMatch(/name/);
  });

  it('declares one conversational bot in personal, team and groupChat scopes with command lists', () => {
    expect(source.bots).toHaveLength(1);
    const bot = source.bots[0] as {
      scopes: string[];
      commandLists: { scopes: string[]; commands: { title: string }[] }[];
    };
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot.commandLists.flatMap((l) => l.commands.map((c) => c.title));
    expect(titles).toEqual(expect.arrayContaining(['start', 'help', 'ask']));
    const name = source.name as { short: string };
    const description = source.description as { short: string };
    expect(name.short.length).toBeLessThanOrEqual(30);
    expect(description.short.length).toBeLessThanOrEqual(80);
  });
});

describe('icons', () => {
  it('color.png is 192×192 and outline.png is 32×32, per their PNG headers', () => {
    expect(pngSize(icon('color.png'))).toMatchObject({ width: 192, height: 192 });
    expect(pngSize(icon('outline.png'))).toMatchObject({ width: 32, height: 32, colorType: 6 });
  });

  it('the outline icon is white on a transparent background', () => {
    const png = PNG.sync.read(icon('outline.png'));
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      if (alpha === 255) opaque++;
      if (alpha > 0) expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(opaque).toBeGreaterThan(50);
  });

  it('the committed icons are exactly what scripts/make-teams-icons.ts draws', () => {
    expect(encode(drawColorIcon()).equals(icon('color.png'))).toBe(true);
    expect(encode(drawOutlineIcon()).equals(icon('outline.png'))).toBe(true);
  });
});

describe('npm run package:teams', () => {
  it('refuses politely without MicrosoftAppId, and refuses an id that is not a GUID', async () => {
    const missing = await buildTeamsPackage({ env: {}, file: join(out, 'none.zip') });
    expect(missing).toMatchObject({ ok: false });
    expect(!missing.ok && missing.message).toMatch(/MicrosoftAppId is not set.*--placeholder/s);
    const notGuid = await buildTeamsPackage({
      env: { MicrosoftAppId: 'my-bot' },
      file: join(out, 'bad.zip'),
    });
    expect(!notGuid.ok && notGuid.message).toMatch(/not a GUID/);
  });

  it('writes a zip with manifest.json and both icons at its root, carrying the app id', async () => {
    const file = join(out, 'app.zip');
    const result = await buildTeamsPackage({ env: { MicrosoftAppId: ` ${APP_ID} ` }, file });
    expect(result.ok).toBe(true);
    const entries = readZip(readFileSync(file));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse((entries.get('manifest.json') as Buffer).toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.version).toBe(
      JSON.parse(readFileSync(resolve(MANIFEST_DIR, '../../package.json'), 'utf8')).version,
    );
    expect(await validateManifest(manifest)).toEqual([]);
    expect(entries.get('color.png')?.equals(icon('color.png'))).toBe(true);
    expect(entries.get('outline.png')?.equals(icon('outline.png'))).toBe(true);
    // Reproducible: the same inputs give the same bytes.
    const again = join(out, 'again.zip');
    await buildTeamsPackage({ env: { MicrosoftAppId: APP_ID }, file: again });
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });

  it('--placeholder builds an inspectable package with the all-zero id', async () => {
    const file = join(out, 'placeholder.zip');
    const result = await buildTeamsPackage({ env: {}, placeholder: true, file });
    expect(result.ok && result.manifest.id).toBe(PLACEHOLDER_ID);
    expect(deploymentManifest(readSourceManifest(), APP_ID, '1.2.3')).toMatchObject({
      id: APP_ID,
      version: '1.2.3',
    });
  });
});
