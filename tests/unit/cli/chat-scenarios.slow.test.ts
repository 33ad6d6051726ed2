// The terminal chat over a sample of the public scenarios, answers piped in as typed labels (a sweep:
// `npm run test:slow`). Every one must end on an accepted primary.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../knowledge/kinds.js';
import { questionById } from '../../../knowledge/questions.js';
import { UNSURE } from '../../../src/domain.js';
import { scenarios } from '../../support/card-samples.js';
import { cli } from '../../support/cli.js';
import { chatWithButtons } from '../conversation/scripted.js';

const all = scenarios();

describe('advisor chat over the scenarios', () => {
  it('reaches an accepted primary for scenarios piped in as typed answers', async () => {
    for (const s of all.filter((_, i) => i % 5 === 0)) {
      // The interview is deterministic: learn which questions it asks, then pipe all the answers at once.
      const { asked } = await chatWithButtons(s.answers);
      const lines = asked.map((q) => {
        const a = s.answers[q];
        return a === undefined || a === UNSURE
          ? 'not sure'
          : (questionById(q).options.find((o) => o.id === a)?.label ?? a);
      });
      const run = await cli(['chat'], `start\n${lines.join('\n')}\n`);
      expect(run.code, s.id).toBe(0);
      const named = s.accept.map((k) => KINDS[k as keyof typeof KINDS].name);
      // "Serverless functions — AWS Lambda": the kind, then the platform the engine chose for it.
      const kind = /^Recommendation: (.+?)(?: — .+)?$/m.exec(run.stdout)?.[1];
      expect(named, `${s.id}: ${kind}`).toContain(kind);
    }
  });
});
