// The server's one mapping from an error code to what the operator sees when start-up fails.
import { describe, expect, it } from 'vitest';
import { startFailure } from '../../../adapters/server/start-failure.js';
import { AdvisorError, ERROR_CODES, errorMessage } from '../../../src/errors.js';

describe('start-up failures', () => {
  it('a setting to fix exits 2 with its own message, which names the setting', () => {
    for (const code of ['config_invalid', 'slack_token_refused'] as const) {
      expect(startFailure(new AdvisorError(code, 'SLACK_X is wrong'))).toEqual({
        status: 2,
        line: 'SLACK_X is wrong',
      });
    }
  });

  it('anything else exits 1 and says the start failed, in one line', () => {
    expect(startFailure(new Error('boom\n  at somewhere'))).toEqual({
      status: 1,
      line: 'Virt Advisor failed to start: boom at somewhere',
    });
    expect(startFailure('a string')).toEqual({ status: 1, line: 'Virt Advisor failed to start: a string' });
    for (const code of ERROR_CODES)
      expect([1, 2]).toContain(startFailure(new AdvisorError(code, 'x')).status);
  });

  it('errorMessage reads any thrown value without its stack', () => {
    expect(errorMessage(new Error('short'))).toBe('short');
    expect(errorMessage(42)).toBe('42');
  });
});
