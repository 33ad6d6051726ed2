// A scripted user for the interview: answers every question the bot asks from a workload profile
// ("Not sure" when the profile leaves it out), through the real advisor service and store.
import { PassThrough } from 'node:stream';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { runTerminal } from '../../../adapters/terminal/index.js';
import { questionById } from '../../../knowledge/questions.js';
import type { Card } from '../../../src/card.js';
import { type Profile, type QuestionId, QuestionIdSchema, UNSURE } from '../../../src/domain.js';
import type { Effect } from '../../../src/events.js';
import { silentLogger } from '../../../src/ports.js';
import { createAdvisor } from '../../../src/service.js';

export type Transcript = { asked: QuestionId[]; primary: string | undefined; effects: Effect[] };

/** The question a card asks (its first element id is `question:<id>`), if it is a question card. */
export function askedBy(card: Card): QuestionId | undefined {
  const first = card.elements[0];
  const id = first && 'id' in first ? first.id : undefined;
  const m = /^question:(.+)$/.exec(id ?? '');
  const q = QuestionIdSchema.safeParse(m?.[1]);
  return q.success ? q.data : undefined;
}

export function primaryOfCard(card: Card): string | undefined {
  const first = card.elements[0];
  const id = first && 'id' in first ? first.id : undefined;
  return /^recommendation:(.+)$/.exec(id ?? '')?.[1];
}

/** Drives the interview with button presses, as a Slack or Teams user would. */
export async function chatWithButtons(profile: Profile, startText?: string): Promise<Transcript> {
  const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
  const key = 'scripted';
  let at = 1_000;
  const event = (rest: Record<string, unknown>) => {
    at += 1_000;
    return { userId: 'U1', at, ...rest };
  };
  const all: Effect[] = [];
  const asked: QuestionId[] = [];
  let effects = await advisor.handle(
    key,
    event(startText ? { type: 'start', text: startText } : { type: 'start' }),
  );
  for (let turn = 0; turn < 20; turn++) {
    all.push(...effects);
    const cards = effects.filter((e) => e.type === 'reply').map((e) => e.card);
    const done = cards.map(primaryOfCard).find((p) => p !== undefined);
    if (done) return { asked, primary: done, effects: all };
    const q = cards.map(askedBy).find((x) => x !== undefined);
    if (!q) return { asked, primary: undefined, effects: all };
    asked.push(q);
    // Slack sends the button value as a JSON string; Teams as an object. Alternate to cover both.
    const value = { q, a: profile[q] ?? UNSURE };
    effects = await advisor.handle(
      key,
      event({ type: 'button', value: turn % 2 ? JSON.stringify(value) : value }),
    );
  }
  return { asked, primary: undefined, effects: all };
}

/** Drives the terminal adapter with typed option labels, line by line, as a person at a terminal. */
export async function chatInTerminal(profile: Profile): Promise<{ asked: QuestionId[]; output: string }> {
  const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  const asked: QuestionId[] = [];
  let answered = 0;
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    // Answer each new question as soon as its card appears (the adapter prints one batch at a time).
    const prompts = [...text.matchAll(/^(.+)\n=+\n/gm)].map((m) => m[1] ?? '');
    const questions = prompts.map(promptToQuestion).filter((q): q is QuestionId => q !== undefined);
    while (answered < questions.length) {
      const q = questions[answered++] as QuestionId;
      asked.push(q);
      const a = profile[q];
      const label =
        a === undefined || a === UNSURE ? 'not sure' : questionById(q).options.find((o) => o.id === a)?.label;
      input.write(`${label}\n`);
    }
    if (/^Recommendation: /m.test(text)) input.end();
  };
  output.on('data', onData);
  input.write('start\n');
  await runTerminal({ advisor, input, output });
  return { asked, output: text };
}

function promptToQuestion(prompt: string): QuestionId | undefined {
  for (const q of QuestionIdSchema.options) if (questionById(q).prompt === prompt) return q;
  return undefined;
}
