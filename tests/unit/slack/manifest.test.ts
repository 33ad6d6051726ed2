// The Slack app manifest validates against Slack's published JSON Schema (draft-07, MIT-licensed,
// committed under tests/fixtures/slack-manifest-schema) and declares everything the adapter listens for.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/http-route.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const schemaDir = `${root}tests/fixtures/slack-manifest-schema`;
/** The parts of the manifest this test reads (the schema checks the rest). */
interface Manifest {
  display_information: { background_color: string };
  features: { app_home: Record<string, boolean>; slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}
const manifest = JSON.parse(readFileSync(`${root}manifest/slack/manifest.json`, 'utf8')) as Manifest;

const readSchema = (name: string) =>
  JSON.parse(readFileSync(`${schemaDir}/${name}`, 'utf8')) as Record<string, unknown>;

describe('manifest/slack/manifest.json', () => {
  it('is valid against Slack’s manifest schema', () => {
    // strict: false because the schema uses a non-standard `regex` keyword; formats checked below.
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const top = readSchema('manifest.schema.json');
    // The top schema points at the versioned files by their published URLs: load those files under those ids.
    for (const ref of JSON.stringify(top).match(/https:\/\/raw\.githubusercontent\.com[^"]+\.json/g) ?? []) {
      const file = ref.split('/').pop() ?? '';
      if (!ajv.getSchema(ref)) ajv.addSchema(readSchema(file), ref);
    }
    const validate = ajv.compile(top);
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a broken manifest (the validation is real)', () => {
    const ajv = new Ajv({ strict: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const v1 = readSchema('manifest.schema.1.0.0.json');
    const broken = { ...manifest, features: { ...manifest.features, slash_commands: [{ command: 'virt' }] } };
    expect(ajv.validate(v1, broken)).toBe(false);
  });

  it('declares the slash command, events, interactivity, scopes and messages tab the adapter needs', () => {
    expect(manifest.display_information.background_color).toMatch(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/virt']);
    // app_uninstalled and tokens_revoked tell the install flow to forget a workspace.
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'message.im',
      'app_uninstalled',
      'tokens_revoked',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(new Set(manifest.oauth_config.scopes.bot)).toEqual(
      new Set(['commands', 'chat:write', 'app_mentions:read', 'im:history']),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    for (const url of [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.features.slash_commands[0]?.url ?? '',
    ]) {
      expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    }
  });
});
