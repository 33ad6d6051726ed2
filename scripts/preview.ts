// `npm run preview`: the cards of a sample interview as one HTML page — each card drawn by the
// official Adaptive Cards renderer with a Teams-like host config, beside a rough Block Kit picture,
// under the preview line a chat list or notification would show. Look before you ship a card change.
//
//   npm run preview                      writes .preview/cards.html
//   npm run preview -- --screenshot      also .preview/cards-600.png and cards-360.png (and -details.png
//                                        with every Details opened), and checks in
//                                        the browser that no button is clipped and no text overflows
//                                        (exit code 1 if something does). Needs a system Chromium:
//                                        /usr/bin/chromium, or CHROMIUM_PATH.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { renderBlockKit } from '../adapters/slack/render-block-kit.js';
import { renderAdaptiveCard } from '../adapters/teams/render-adaptive-card.js';
import { QUESTIONS } from '../knowledge/questions.js';
import { ask } from '../src/ask.js';
import type { Card } from '../src/card.js';
import { answerCard, questionCard } from '../src/cards.js';
import { type ConversationState, step } from '../src/conversation.js';
import type { Profile } from '../src/domain.js';
import type { CoreEvent } from '../src/events.js';
import { noticeCard } from '../src/notice.js';
import { TEAMS_LIKE_HOST_CONFIG } from '../tests/support/teams-host-config.js';
import { SLACK_CSS, slackHtml } from './preview-slack.js';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.preview');

type Untimed = CoreEvent extends infer E ? (E extends CoreEvent ? Omit<E, 'at'> : never) : never;

/** One interview from a description to the end, answering from `answers`, then details and compare. */
function sampleInterview(description: string, answers: Profile): Card[] {
  const cards: Card[] = [];
  let state: ConversationState | undefined;
  let at = 1_000;
  const run = (event: Untimed) => {
    at += 1_000;
    const [next, effects] = step(state, { ...event, at } as CoreEvent);
    state = next;
    cards.push(...effects.map((e) => e.card));
  };
  run({ type: 'start', userId: 'U1', text: description });
  for (let i = 0; i < 12 && state?.pending; i++) {
    const q = state.pending;
    run({ type: 'button', userId: 'U1', value: { q, a: answers[q] ?? 'unsure' } });
  }
  run({ type: 'button', userId: 'U1', value: { action: 'details' } });
  run({ type: 'button', userId: 'U1', value: { action: 'compare' } });
  run({ type: 'button', userId: 'U1', value: { q: 'runtime', a: 'short' } });
  return cards;
}

function samples(): Card[] {
  const cards = sampleInterview('A REST API for our mobile app, spiky traffic, written in Python.', {
    isolation: 'standard',
    state: 'external',
    ops: 'minimal',
    latency: 'tolerant',
  });
  // A second ending: special hardware rules two kinds out.
  const gpu = sampleInterview('Nightly model training on GPUs for about six hours.', { ops: 'full' });
  cards.push(...gpu.filter((c) => c.kind === 'recommendation'));
  // Every question once, as the first of an interview that can go back.
  for (const q of QUESTIONS) cards.push(questionCard(q.id, { number: 2, about: 5, canGoBack: true }));
  const question = 'How long can a Lambda function run?';
  cards.push(answerCard(question, ask(question)));
  cards.push(noticeCard(`A pasted token must wrap: ${'x'.repeat(140)}`));
  return cards;
}

function page(cards: Card[]): string {
  const entries = cards.map((card, i) => ({
    id: i,
    kind: card.kind,
    preview: card.fallbackText,
    teams: renderAdaptiveCard(card),
    slack: slackHtml(renderBlockKit(card, { conversationKey: 'slack:T0:C0:user:U1', share: 'channel' })),
  }));
  const require = createRequire(import.meta.url);
  const library = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
  const data = JSON.stringify(entries).replace(/</g, '\\u003c');
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Virt Advisor cards</title>
<style>
body { margin: 0; padding: 8px; background: #f5f5f5; font-family: 'Segoe UI', system-ui, sans-serif; }
.card { background: #fff; border-radius: 6px; margin: 0 0 16px; padding: 8px; max-width: 600px; box-sizing: border-box; }
.meta { font-size: 12px; color: #616161; margin-bottom: 6px; overflow-wrap: anywhere; }
.teams { border: 1px solid #e1dfdd; border-radius: 4px; overflow: hidden; }
.label { font-size: 11px; text-transform: uppercase; color: #888; margin: 8px 0 2px; }
.ac-pushButton { font: 600 14px 'Segoe UI', system-ui, sans-serif; padding: 4px 12px; min-height: 32px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ac-pushButton.style-positive { background: #5b5fc7; color: #fff; }
${SLACK_CSS}
</style></head><body>
<script>${library}</script>
<script>
const entries = ${data};
const hostConfig = new AdaptiveCards.HostConfig(${JSON.stringify(TEAMS_LIKE_HOST_CONFIG)});
// Teams parses markdown in FactSets; undo the renderer's backslash escapes the way it would.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const esc = text.replace(/\\\\(.)/g, '$1').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  result.outputHtml = esc.replace(/\\n/g, '<br>');
  result.didProcess = true;
};
for (const e of entries) {
  const box = document.createElement('section');
  box.className = 'card';
  box.innerHTML = '<div class="meta"></div><div class="label">Teams (official renderer)</div><div class="teams"></div><div class="label">Slack (approximation)</div>' + e.slack;
  box.querySelector('.meta').textContent = e.kind + ' · preview: ' + e.preview;
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.parse(e.teams);
  box.querySelector('.teams').appendChild(card.render());
  document.body.appendChild(box);
}
</script></body></html>`;
}

/** In the browser: buttons whose title does not fit, or that stick out of their card; text past the edge. */
const CHECK = `(() => {
  const problems = [];
  for (const [i, card] of [...document.querySelectorAll('.teams')].entries()) {
    const edge = card.getBoundingClientRect().right + 1;
    for (const b of card.querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      if (b.offsetParent === null) continue; // hidden details: checked when shown
      // The renderer ellipsizes a title inside the button: any part wider than its box is clipped.
      const clipped = [b, ...b.querySelectorAll('*')].some((x) => x.scrollWidth > x.clientWidth + 1);
      if (clipped || r.right > edge) problems.push('card ' + i + ': button "' + b.textContent + '" clipped');
    }
    for (const el of card.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > edge && el.tagName !== 'BUTTON')
        problems.push('card ' + i + ': ' + el.tagName.toLowerCase() + ' runs out: ' + (el.textContent || '').slice(0, 40));
    }
  }
  return [...new Set(problems)];
})()`;

async function screenshot(file: string): Promise<number> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let failures = 0;
  try {
    for (const width of [600, 360]) {
      const tab = await browser.newPage({ viewport: { width, height: 800 } });
      await tab.goto(`file://${file}`);
      const png = resolve(outDir, `cards-${width}.png`);
      await tab.screenshot({ path: png, fullPage: true });
      const problems = (await tab.evaluate(CHECK)) as string[];
      // Open every card's details (Action.ToggleVisibility) and look again.
      const opened = await tab.evaluate(`(() => {
        const details = [...document.querySelectorAll('.teams button')].filter((b) => b.textContent === 'Details');
        for (const b of details) b.click();
        return details.length;
      })()`);
      for (const p of (await tab.evaluate(CHECK)) as string[]) problems.push(`with details open: ${p}`);
      await tab.screenshot({ path: resolve(outDir, `cards-${width}-details.png`), fullPage: true });
      const verdict =
        problems.length === 0 ? 'no clipped button, no overflow' : `${problems.length} problem(s)`;
      console.log(`${width} px, and again with ${opened} Details opened: ${verdict} → ${png}`);
      for (const p of problems) console.log(`  ${p}`);
      failures += problems.length;
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return failures;
}

const cards = samples();
mkdirSync(outDir, { recursive: true });
const file = resolve(outDir, 'cards.html');
writeFileSync(file, page(cards));
console.log(`${cards.length} cards → ${file}`);
if (process.argv.includes('--screenshot')) process.exitCode = (await screenshot(file)) > 0 ? 1 : 0;
