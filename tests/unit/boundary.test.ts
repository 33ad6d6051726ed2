// The core stays platform-free (AGENTS.md): src/ and knowledge/ import no platform SDK, no HTTP,
// no store client and nothing from adapters/. Every botbuilder import stays inside adapters/teams/
// and every @slack import inside adapters/slack/, so that replacing an SDK is one adapter's change;
// the platform adapters never import the composition root that configures them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts|js|mjs)$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) specs.push((m[1] ?? m[2] ?? m[3]) as string);
  return specs;
}

const FORBIDDEN_IN_CORE = [
  /^@slack\//,
  /^botbuilder/,
  /^botframework/,
  /^(node:)?https?$/,
  /^(node:)?net$/,
  /^ioredis$/,
  /^redis$/,
  /^pino/,
  /adapters\//,
  /^express$/,
];

describe('import boundaries', () => {
  it('src/ and knowledge/ import nothing platform-specific', () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'knowledge']) {
      for (const file of sourceFiles(join(root, dir))) {
        for (const spec of importsOf(file)) {
          if (FORBIDDEN_IN_CORE.some((re) => re.test(spec)))
            offenders.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('knowledge/ never imports the core: the ids both use sit in knowledge/ids.ts', () => {
    const offenders = sourceFiles(join(root, 'knowledge')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)src\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('botbuilder is imported only inside adapters/teams/ and @slack only inside adapters/slack/', () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'knowledge', 'adapters', 'scripts']) {
      let files: string[] = [];
      try {
        files = sourceFiles(join(root, dir));
      } catch {
        continue;
      }
      for (const file of files) {
        const rel = relative(root, file);
        for (const spec of importsOf(file)) {
          if (/^(botbuilder|botframework)/.test(spec) && !rel.startsWith('adapters/teams/'))
            offenders.push(`${rel} imports ${spec}`);
          if (/^@slack\//.test(spec) && !rel.startsWith('adapters/slack/'))
            offenders.push(`${rel} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  // The composition root (adapters/server/) maps its Config onto each adapter's own options; an
  // adapter importing from the root would tie it to one way of being configured and deployed.
  it('adapters/slack/ and adapters/teams/ never import from adapters/server/', () => {
    const offenders: string[] = [];
    for (const dir of ['adapters/slack', 'adapters/teams']) {
      for (const file of sourceFiles(join(root, dir))) {
        for (const spec of importsOf(file)) {
          const target = relative(root, resolve(join(file, '..'), spec));
          if (target === 'adapters/server' || target.startsWith('adapters/server/'))
            offenders.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the checker sees real imports (guards against a pattern that matches nothing)', () => {
    const specs = importsOf(join(root, 'src/service.ts'));
    expect(specs).toContain('./conversation.js');
  });
});

describe('one way to do each thing', () => {
  it('an error becomes a log line through errorMessage (src/errors.ts), never a hand-written ternary', () => {
    const ternary = /instanceof Error \? \w+\.message : String\(/;
    const offenders = ['src', 'adapters', 'knowledge', 'scripts', 'bench']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => !file.endsWith(join('src', 'errors.ts')))
      .filter((file) => ternary.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
    // The pattern does match the one place that defines it.
    expect(ternary.test(readFileSync(join(root, 'src/errors.ts'), 'utf8'))).toBe(true);
  });
});
