// Hostile and odd inputs for extract / looksLikeQuestion / ask: 100 KB strings built to trip
// regex backtracking (long runs of one character, repeated near-matches, nested markup), plus
// emoji, other scripts and control characters. Shared by the tests and `npm run eval`.
const KB100 = 100 * 1024;

function repeatTo(unit: string, length = KB100): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export function adversarialInputs(): string[] {
  return [
    '',
    ' ',
    '\n\n\t',
    repeatTo('a'),
    repeatTo('9'),
    repeatTo('1,'),
    repeatTo('1.'),
    repeatTo('a1'),
    repeatTo('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'),
    repeatTo('no '),
    repeatTo('not no without never '),
    repeatTo('3 hours '),
    repeatTo('every hour '),
    repeatTo('64 GB of RAM and 16 vCPU '),
    repeatTo('gpu'),
    repeatTo('kernel kernel module '),
    repeatTo('twenty five thousand million dozen '),
    repeatTo('a few dozen hundred '),
    repeatTo("doesn't "),
    repeatTo('<div><span>'),
    `${repeatTo('<')}${repeatTo('>')}`.slice(0, KB100),
    repeatTo('((((((((((['),
    repeatTo(['.*+?^$', '{}()|[]\\'].join('')),
    repeatTo('(a+)+$'),
    repeatTo('🚀🔥💥'),
    repeatTo('日本語のテキスト'),
    repeatTo('привет мир '),
    repeatTo('مرحبا '),
    repeatTo('\u0000\u0001\u200b\ufeff'),
    repeatTo('\ud800'),
    repeatTo(`${'x'.repeat(5000)} `),
    repeatTo('lambda fargate ec2 kubernetes '),
    repeatTo('How long can a Lambda run? '),
    // One clause of thousands of place phrases: each once scanned the whole clause.
    repeatTo('on prem '),
    // Questions of words the answer index does not know: each once compared with every index term.
    repeatTo('helm chart? '),
    repeatTo('windows server gpu '),
    repeatTo('24/7 '),
    repeatTo('-1e309 NaN Infinity '),
  ];
}
