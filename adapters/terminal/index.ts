// The terminal adapter: reads lines, turns each into a CoreEvent, hands it to the same advisor
// service (and store) the Slack and Teams adapters use, and prints the effects as text.
// It translates only: a number presses the button shown with that number, `start …` and `ask …`
// are the slash-command equivalents, and everything else is typed text for the core to read.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Choice } from '../../src/card.js';
import type { CoreEvent, Effect } from '../../src/events.js';
import { type Clock, systemClock } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { cardChoices, numberedChoices, renderText } from './render-text.js';

export { renderText } from './render-text.js';

export interface TerminalOptions {
  advisor: Advisor;
  input: Readable;
  output: Writable;
  /** Conversation key and user id (one terminal is one private chat). */
  key?: string;
  userId?: string;
  clock?: Clock;
  /** Show a "> " prompt and greet first (an interactive terminal). Default false (a pipe). */
  interactive?: boolean;
}

const PREFIX: Record<Effect['type'], string> = {
  reply: '',
  replace_source: '',
  private_notice: '(only you can see this) ',
  publish: '(shared with everyone) ',
};

/** The buttons on screen: the numbered ones (the last card with buttons) and all of them by label. */
export type Buttons = { numbered: Choice[]; all: Choice[] };
const NO_BUTTONS: Buttons = { numbered: [], all: [] };

const sameLabel = (typed: string, label: string) =>
  typed.toLowerCase().replace(/\s+/g, ' ') === label.toLowerCase().replace(/\s+/g, ' ');

/** The CoreEvent a typed line stands for, given the buttons on screen. Undefined = nothing to do. */
export function lineToEvent(
  line: string,
  buttons: Buttons,
  userId: string,
  at: number,
): CoreEvent | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  const base = { userId, at };
  const pressed = /^\d{1,3}$/.test(text)
    ? buttons.numbered[Number(text) - 1]
    : buttons.all.find((c) => sameLabel(text, c.label));
  if (pressed) return { type: 'button', ...base, value: pressed.value };
  const start = /^start(?:\s*[:-]?\s+(.+))?$/is.exec(text);
  // "start over" / "start again" are commands the core reads, not workload descriptions.
  if (start && !/^(over|again)$/i.test(start[1]?.trim() ?? '')) {
    return start[1] ? { type: 'start', ...base, text: start[1] } : { type: 'start', ...base };
  }
  const ask = /^ask\s+(.+)$/is.exec(text);
  if (ask?.[1]) return { type: 'ask', ...base, text: ask[1] };
  return { type: 'text', ...base, text };
}

/**
 * Prints one batch of effects. Only the last card with buttons gets numbers, so "1" always means the
 * first option of the question just asked; earlier cards' buttons show as [label] and are pressed by
 * typing the label.
 */
function printEffects(effects: Effect[], output: Writable): Buttons {
  let last = -1;
  effects.forEach((e, i) => {
    if (cardChoices(e.card).length > 0) last = i;
  });
  const buttons: Buttons = { numbered: [], all: [] };
  effects.forEach((effect, i) => {
    const text = renderText(effect.card, { numbered: i === last });
    output.write(`${PREFIX[effect.type]}${text}\n`);
    const choices = cardChoices(effect.card);
    if (i === last) buttons.numbered = numberedChoices(effect.card);
    buttons.all.push(...choices);
  });
  return buttons;
}

/** Runs until the input ends (EOF or Ctrl-D) or the user types quit/exit. */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const { advisor, input, output } = options;
  const key = options.key ?? 'terminal';
  const userId = options.userId ?? 'terminal-user';
  const clock = options.clock ?? systemClock;
  const interactive = options.interactive ?? false;
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  let buttons: Buttons = NO_BUTTONS;

  const handle = async (event: CoreEvent): Promise<void> => {
    const effects = await advisor.handle(key, event);
    const shown = printEffects(effects, output);
    // Keep the previous numbers when a batch has no buttons (an answer card), so "2" still answers.
    if (shown.all.length > 0) buttons = shown;
  };
  const prompt = () => {
    if (interactive) output.write('> ');
  };

  if (interactive) {
    output.write(
      'Virt Advisor in the terminal. Type a number to pick an option, help for help, quit to leave.\n\n',
    );
    await handle({ type: 'start', userId, at: clock.now() });
  }
  prompt();
  for await (const line of lines) {
    if (/^\s*(quit|exit)\s*$/i.test(line)) break;
    const event = lineToEvent(line, buttons, userId, clock.now());
    if (event) await handle(event);
    prompt();
  }
  lines.close();
  if (interactive) output.write('\nBye.\n');
}
