import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADAPTIVE_CARD_VERSION,
  cardBytes,
  hasLongRun,
  jsonBytesBound,
  MAX_CARD_BYTES,
  renderAdaptiveCard,
} from '../../../adapters/teams/render-adaptive-card.js';
import { type Card, type Choice, isDetailsChoice } from '../../../src/card.js';
import { MAX_BUTTONS_PER_ROW } from '../../../src/card-layout.js';
import { allCardSamples } from '../../support/card-samples.js';

type Body = ReturnType<typeof renderAdaptiveCard>['body'][number];
const actionsOf = (body: Body[]) => body.flatMap((b) => (b.type === 'ActionSet' ? b.actions : []));
const inlineUrls = (body: Body[]): string[] =>
  body.flatMap((b) =>
    b.type === 'RichTextBlock' ? b.inlines.flatMap((r) => (r.selectAction ? [r.selectAction.url] : [])) : [],
  );

describe('renderAdaptiveCard over every card the core can produce', () => {
  const samples = allCardSamples();

  it('has a real sample set (every card kind)', () => {
    const kinds = new Set(samples.map((c) => c.kind));
    for (const k of [
      'welcome',
      'question',
      'answered',
      'recommendation',
      'comparison',
      'answer',
      'notice',
      'help',
    ]) {
      expect(kinds).toContain(k);
    }
    expect(samples.length).toBeGreaterThan(50);
  });

  it(`stays under ${MAX_CARD_BYTES} bytes, version ${ADAPTIVE_CARD_VERSION}, first body id = first element id`, () => {
    let largest = 0;
    for (const card of samples) {
      const rendered = renderAdaptiveCard(card);
      const bytes = cardBytes(rendered);
      largest = Math.max(largest, bytes);
      expect(bytes).toBeLessThan(MAX_CARD_BYTES);
      expect(rendered.type).toBe('AdaptiveCard');
      expect(rendered.version).toBe('1.5');
      // Every core card names itself with its first element's id (src/card.ts); Teams keeps it first.
      const first = card.elements[0];
      const firstId = first && 'id' in first ? first.id : undefined;
      if (card.kind !== 'notice') expect(firstId).toBeTruthy();
      expect(rendered.body[0]?.id).toBe(firstId);
      const ids = rendered.body.flatMap((b) => (b.id ? [b.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(largest).toBeGreaterThan(1000);
  });

  it('turns every choice but Share and Details into an Action.Submit whose data is the choice value, untouched', () => {
    let shares = 0;
    for (const card of samples) {
      const all: Choice[] = card.elements.flatMap((e) => (e.type === 'choices' ? e.choices : []));
      // Teams cards are visible to the whole conversation already: Share is left out. Details
      // reveals the card's own hidden section instead of asking the bot.
      const revealable = card.elements.some((e) => e.type === 'details');
      const choices = all.filter(
        (c) => !('action' in c.value && c.value.action === 'share') && !(revealable && isDetailsChoice(c)),
      );
      shares += all.length - choices.length;
      const submits = actionsOf(renderAdaptiveCard(card).body).filter((a) => a.type === 'Action.Submit');
      expect(submits.map((a) => (a.type === 'Action.Submit' ? a.data : undefined))).toEqual(
        choices.map((c) => c.value),
      );
      expect(submits.map((a) => a.title)).toEqual(choices.map((c) => c.label));
    }
    expect(shares).toBeGreaterThan(0);
  });

  it('renders question answers as {q, a} submits and recommendation sources as inline links', () => {
    const question = samples.find((c) => c.kind === 'question') as Card;
    const data = actionsOf(renderAdaptiveCard(question).body).flatMap((a) =>
      a.type === 'Action.Submit' ? [a.data] : [],
    );
    expect(data.some((d) => typeof d === 'object' && d !== null && 'q' in d && 'a' in d)).toBe(true);
    const rec = samples.find((c) => c.kind === 'recommendation') as Card;
    const rendered = renderAdaptiveCard(rec);
    expect(rendered.body[0]?.id).toMatch(/^recommendation:(vm|container|serverless)$/);
    const links = rec.elements.flatMap((e) => (e.type === 'links' ? e.links : []));
    expect(actionsOf(rendered.body).filter((a) => a.type === 'Action.OpenUrl')).toEqual([]);
    expect(inlineUrls(rendered.body)).toEqual(links.map((l) => l.url));
    expect(rendered.body.some((b) => b.type === 'FactSet')).toBe(true);
    // Details wait behind a button that reveals them in place.
    const hidden = rendered.body.find((b) => b.type === 'Container');
    expect(hidden).toMatchObject({ id: 'recommendation:details', isVisible: false });
    expect(actionsOf(rendered.body)).toContainEqual({
      type: 'Action.ToggleVisibility',
      title: 'Details',
      targetElements: ['recommendation:details'],
    });
  });

  it(`never puts more than ${MAX_BUTTONS_PER_ROW} actions in one row, long titles alone`, () => {
    const many: Card = {
      kind: 'notice',
      fallbackText: 'x',
      elements: [
        {
          type: 'choices',
          id: 'many',
          choices: Array.from({ length: 14 }, (_, i) => ({
            label: `No. ${i}`,
            value: { q: 'runtime', a: `o${i}` },
          })),
        },
      ],
    };
    const body = renderAdaptiveCard(many).body;
    expect(body.map((b) => (b.type === 'ActionSet' ? b.actions.length : 0))).toEqual([3, 3, 3, 3, 2]);
    expect(body.map((b) => b.id)).toEqual(['many', 'many:2', 'many:3', 'many:4', 'many:5']);
    for (const card of samples) {
      for (const b of renderAdaptiveCard(card).body)
        if (b.type === 'ActionSet') expect(b.actions.length).toBeLessThanOrEqual(MAX_BUTTONS_PER_ROW);
    }
  });
});

describe('user text stays plain text', () => {
  const hostile = '[click me](https://evil.example) **bold** <at>Everyone</at> _x_ `code`\n- item\n# heading';
  const card: Card = {
    kind: 'answer',
    fallbackText: hostile,
    elements: [
      { type: 'header', id: 'answer:x', text: hostile },
      { type: 'text', text: hostile },
      { type: 'fields', fields: [{ label: hostile, value: hostile }] },
      { type: 'context', text: hostile },
      {
        type: 'links',
        links: [
          { title: 'bad', url: 'javascript:alert(1)' },
          { title: 'ok', url: 'https://docs.aws.amazon.com/' },
        ],
      },
    ],
  };
  const rendered = renderAdaptiveCard(card);

  it('puts prose in RichTextBlock TextRuns, which Adaptive Cards never parse as markdown', () => {
    const texts = rendered.body.filter((b) => b.type === 'RichTextBlock').slice(0, 3);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t.type === 'RichTextBlock' && t.inlines[0]?.text).toBe(hostile);
    expect(JSON.stringify(rendered)).not.toContain('"type":"TextBlock"');
  });

  it('escapes FactSet titles and values, where Teams does parse markdown', () => {
    const facts = rendered.body.find((b) => b.type === 'FactSet');
    const fact = facts?.type === 'FactSet' ? facts.facts[0] : undefined;
    expect(fact?.value).toContain('\\[click me\\](https://evil.example)');
    expect(fact?.value).toContain('\\*\\*bold\\*\\*');
    expect(fact?.value).toContain('\\<at\\>');
    expect(fact?.value).toMatch(/\n\\- item\n\\# heading$/);
    expect(fact?.value).not.toMatch(/(^|[^\\])\[click/);
  });

  it('links only http(s) sources; any other shows as plain text', () => {
    expect(inlineUrls(rendered.body)).toEqual(['https://docs.aws.amazon.com/']);
  });

  it('shortens an enormous card until it fits, keeping the first element and its id', () => {
    const huge: Card = {
      kind: 'answer',
      fallbackText: 'y'.repeat(50_000),
      elements: [
        { type: 'header', id: 'answer:big', text: 'z'.repeat(100_000) },
        ...Array.from({ length: 200 }, () => ({ type: 'text' as const, text: 'w'.repeat(5_000) })),
      ],
    };
    const out = renderAdaptiveCard(huge);
    expect(cardBytes(out)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(out.body[0]?.id).toBe('answer:big');
    expect(JSON.stringify(out.body.at(-1))).toContain('Shortened');
  });
});

describe('the renderer’s shortcuts', () => {
  // Unicode spaces and the zero-width space among plain characters, in runs of every length.
  const texts = fc.array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\v',
        '\u00a0',
        '\u0085',
        '\u1680',
        '\u180e',
        '\u2003',
        '\u200b',
        '\u2028',
        '\u202f',
        '\u3000',
        '\ufeff',
        '—',
        '😀',
      ),
      fc.string({ minLength: 1, maxLength: 40 }),
    ),
    { maxLength: 12 },
  );

  it('finds a long unbroken run exactly where the regular expression does', () => {
    fc.assert(
      fc.property(texts, (parts) => {
        const text = parts.join('');
        expect(hasLongRun(text)).toBe(/[^\s\u200b]{31}/.test(text));
      }),
      { numRuns: 500 },
    );
  });

  it('bounds a card’s JSON size from above', () => {
    for (const card of allCardSamples()) {
      const rendered = renderAdaptiveCard(card);
      expect(jsonBytesBound(rendered)).toBeGreaterThanOrEqual(cardBytes(rendered));
    }
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonBytesBound(value)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(value) ?? ''));
      }),
      { numRuns: 300 },
    );
  });
});
