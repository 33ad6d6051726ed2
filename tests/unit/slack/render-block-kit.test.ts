import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { BLOCK_KIT_LIMITS as L } from '../../../adapters/slack/block-kit-limits.js';
import { decodeButtonValue } from '../../../adapters/slack/button-value.js';
import { blockChars, renderBlockKit, type SlackMessage } from '../../../adapters/slack/render-block-kit.js';
import type { Card, CardElement } from '../../../src/card.js';
import { MAX_BUTTON_TITLE, MAX_BUTTONS_PER_ROW } from '../../../src/card-layout.js';
import { recommendationCard } from '../../../src/cards.js';
import { recommend } from '../../../src/engine.js';
import { allCardSamples } from '../../support/card-samples.js';

const KEY = 'slack:T0FAKE:C123:user:U42';

/** Every limit of docs/platform-notes.md, checked on a rendered message; returns the broken ones. */
function violations(message: SlackMessage): string[] {
  const out: string[] = [];
  const { blocks } = message;
  if (blocks.length > L.blocksPerMessage) out.push(`${blocks.length} blocks`);
  const total = blocks.reduce((n, b) => n + blockChars(b), 0);
  if (total > L.messageText) out.push(`${total} characters in all`);
  if (message.text.length > L.fallbackText) out.push('fallback text too long');
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.block_id !== undefined) {
      if (block.block_id.length > L.idLength) out.push(`block_id ${block.block_id.length} long`);
      if (ids.has(block.block_id)) out.push(`duplicate block_id ${block.block_id}`);
      ids.add(block.block_id);
    }
    if (block.type === 'section') {
      if ((block.text?.text.length ?? 0) > L.sectionText) out.push('section text too long');
      if ((block.fields?.length ?? 0) > L.fieldsPerSection) out.push('too many fields');
      for (const f of block.fields ?? []) if (f.text.length > L.fieldText) out.push('field too long');
      if (!block.text && !block.fields?.length) out.push('empty section');
    }
    if (block.type === 'header' && block.text.text.length > L.headerText) out.push('header too long');
    if (block.type === 'context') {
      if (block.elements.length > L.elementsPerContext) out.push('too many context elements');
      for (const e of block.elements)
        if ('text' in e && typeof e.text === 'string' && e.text.length > L.contextText)
          out.push('context too long');
    }
    if (block.type === 'actions') {
      if (block.elements.length > L.elementsPerActions) out.push('too many buttons');
      // Phones: at most three buttons side by side, titles a phone can show whole.
      if (block.elements.length > MAX_BUTTONS_PER_ROW) out.push(`${block.elements.length} buttons in a row`);
      for (const e of block.elements as types.Button[]) {
        if (e.text.text.length > L.buttonText) out.push('button text too long');
        if (e.text.text.length > MAX_BUTTON_TITLE) out.push(`button title "${e.text.text}" too long`);
        if ((e.value?.length ?? 0) > L.buttonValue) out.push('button value too long');
        if ((e.action_id?.length ?? 0) > L.idLength) out.push('action_id too long');
      }
    }
  }
  return out;
}

function actionIds(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) =>
    b.type === 'actions' ? (b.elements as types.Button[]).map((e) => e.action_id ?? '') : [],
  );
}

describe('renderBlockKit on every card the core can produce', () => {
  const cards = allCardSamples();

  it('has samples of every card kind', () => {
    const kinds = new Set(cards.map((c) => c.kind));
    for (const kind of ['question', 'answered', 'recommendation', 'answer', 'notice', 'help', 'welcome'])
      expect(kinds).toContain(kind);
  });

  it('stays within every Block Kit limit, with unique action ids, and names the card in the first block_id', () => {
    for (const card of cards) {
      for (const interactive of [true, false]) {
        const message = renderBlockKit(card, { conversationKey: KEY, interactive });
        expect(violations(message), `${card.kind}: ${card.fallbackText.slice(0, 80)}`).toEqual([]);
        const ids = actionIds(message);
        expect(new Set(ids).size).toBe(ids.length);
        const first = card.elements[0];
        if (first && 'id' in first && first.id) expect(message.blocks[0]?.block_id).toBe(first.id);
      }
    }
  });

  it("previews every message with its text, and keeps a recommendation's details behind a Details button", () => {
    for (const card of cards)
      expect(renderBlockKit(card, { conversationKey: KEY }).text.length).toBeGreaterThan(3);
    const card = recommendationCard(recommend({ runtime: 'long', compute: 'special' }), { canGoBack: true });
    const live = renderBlockKit(card, { conversationKey: KEY });
    expect(live.text).toMatch(/^Recommendation: Virtual machines/);
    const buttons = live.blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as types.Button[]) : []));
    const details = buttons.find((b) => b.text.text === 'Details');
    expect(decodeButtonValue(details?.value ?? '')?.value).toEqual({ action: 'details' });
    expect(JSON.stringify(live.blocks)).not.toContain('Cost: ');
    // Sources are inline links in one small line, not a list.
    expect(
      live.blocks.some((b) => b.type === 'context' && JSON.stringify(b).includes('Sources: <https://')),
    ).toBe(true);
    // A shared, read-only copy has no buttons: its details are shown in full.
    const shared = renderBlockKit(card, { conversationKey: KEY, interactive: false });
    expect(JSON.stringify(shared.blocks)).toContain('Cost: ');
    expect(shared.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('gives every answer button a value holding {q, a} and the conversation key', () => {
    const questions = cards.filter((c) => c.kind === 'question');
    expect(questions.length).toBeGreaterThan(0);
    for (const card of questions) {
      const message = renderBlockKit(card, { conversationKey: KEY });
      const values = message.blocks.flatMap((b) =>
        b.type === 'actions' ? (b.elements as types.Button[]).map((e) => e.value ?? '') : [],
      );
      const answers = values.map((v) => ({
        raw: JSON.parse(v) as Record<string, unknown>,
        decoded: decodeButtonValue(v),
      }));
      expect(answers.some(({ raw }) => typeof raw.q === 'string' && typeof raw.a === 'string')).toBe(true);
      for (const { decoded } of answers) expect(decoded?.key).toBe(KEY);
    }
  });

  it('starts the recommendation with block_id recommendation:<kind>', () => {
    const recs = cards.filter((c) => c.kind === 'recommendation');
    expect(recs.length).toBeGreaterThan(0);
    for (const card of recs)
      expect(renderBlockKit(card, { conversationKey: KEY }).blocks[0]?.block_id).toMatch(
        /^recommendation:(vm|container|serverless)$/,
      );
  });
});

describe('renderBlockKit escaping and shaping', () => {
  const hostile = '<!channel> <@U123> <http://x|y> & co';

  it('escapes &, < and > in every mrkdwn text and leaves nothing live', () => {
    const card: Card = {
      kind: 'answer',
      fallbackText: hostile,
      elements: [
        { type: 'header', id: 'answer:x', text: hostile },
        { type: 'text', text: hostile },
        { type: 'text', text: hostile, weight: 'bold' },
        { type: 'text', text: hostile, muted: true },
        { type: 'fields', fields: [{ label: hostile, value: hostile }] },
        { type: 'links', links: [{ title: hostile, url: 'https://docs.aws.amazon.com/lambda/?a=1&b=2' }] },
        { type: 'context', text: hostile },
      ],
    };
    const message = renderBlockKit(card);
    const json = JSON.stringify(message);
    expect(message.text).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt; &amp; co');
    const mrkdwn = JSON.stringify(message.blocks);
    for (const live of ['<!channel>', '<@U123>', '<http://x|y>']) expect(mrkdwn).not.toContain(live);
    expect(mrkdwn).toContain('&lt;!channel&gt;');
    expect(json).toContain('<https://docs.aws.amazon.com/lambda/?a=1&amp;b=2|');
  });

  it('does not make a link out of a non-web URL', () => {
    const card: Card = {
      kind: 'answer',
      fallbackText: 'x',
      elements: [{ type: 'links', links: [{ title: 't', url: 'javascript:alert(1)' }] }],
    };
    expect(JSON.stringify(renderBlockKit(card).blocks)).not.toContain('javascript:');
  });

  it('splits and shortens oversized cards instead of breaking limits', () => {
    const long = 'word '.repeat(2000);
    const elements: CardElement[] = [{ type: 'header', id: 'recommendation:vm', text: 'H'.repeat(400) }];
    for (let i = 0; i < 70; i++) elements.push({ type: 'text', text: `${i} ${long}` });
    elements.push({
      type: 'fields',
      fields: Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: 'v'.repeat(3000) })),
    });
    elements.push({
      type: 'choices',
      id: 'answer:runtime',
      choices: Array.from({ length: 30 }, (_, i) => ({
        label: `Option ${i} ${'x'.repeat(100)}`,
        value: { q: 'runtime', a: `o${i}` },
      })),
    });
    const message = renderBlockKit(
      { kind: 'recommendation', fallbackText: long, elements },
      { conversationKey: KEY },
    );
    expect(violations(message)).toEqual([]);
    expect(message.blocks[0]?.block_id).toBe('recommendation:vm');
    // Buttons survive shortening: all 30 remain, three to a row.
    expect(actionIds(message)).toHaveLength(30);
  });

  it('leaves the buttons out of read-only copies and when no conversation is named', () => {
    const card: Card = {
      kind: 'recommendation',
      fallbackText: 'r',
      elements: [
        { type: 'header', id: 'recommendation:serverless', text: 'R' },
        {
          type: 'choices',
          id: 'recommendation:actions',
          choices: [{ label: 'Share', value: { action: 'share' } }],
        },
      ],
    };
    expect(
      renderBlockKit(card, { conversationKey: KEY, interactive: false }).blocks.some(
        (b) => b.type === 'actions',
      ),
    ).toBe(false);
    expect(renderBlockKit(card).blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(renderBlockKit(card, { conversationKey: KEY }).blocks.some((b) => b.type === 'actions')).toBe(
      true,
    );
  });
});
