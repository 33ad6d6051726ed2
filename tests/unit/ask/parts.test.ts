// Questions as people send them: two questions in one message, a terse question about the
// sentence before it, an HTTP status instead of a limit's name. Worded apart from every eval set.
import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/ask.js';

describe('two questions in one message', () => {
  it('answers a follow-up that borrows the first question for another service', () => {
    const r = ask('Is there GPU support in Lambda? How about on Fargate?');
    expect(r.matched).toBe(true);
    expect(r.topics.length).toBeGreaterThanOrEqual(2);
    expect(r.answer).toMatch(/Lambda/);
    expect(r.answer).toMatch(/Fargate does not/);
  });

  it('answers two unrelated questions both', () => {
    const r = ask('What is the longest a Lambda invocation may run? And the most memory it gets?');
    expect(r.answer).toMatch(/15 minutes|900 seconds/);
    expect(r.answer).toMatch(/10,?240 MB|10 GB/);
  });

  it('one answer is given once', () => {
    const r = ask('How long can a Lambda run? How long can a Lambda function run at most?');
    expect(r.answer.split('\n\n')).toHaveLength(1);
  });
});

describe('kernel sharing on EC2 capacity and on Fargate', () => {
  it('answers the EC2 half of a two-part question with EC2 capacity, then Fargate', () => {
    const r = ask('Would two ECS tasks on the same EC2 host share one kernel? And on Fargate?');
    expect(r.topics[0]).toBe('Containers sharing the host kernel');
    const [first] = r.answer.split('\n\n');
    expect(first).toMatch(/^Yes, on EC2 capacity/);
    expect(first).toMatch(/share that instance’s kernel/);
    expect(r.answer).toMatch(/Fargate[^.]*own hardware-virtualized boundary/);
  });

  it.each([
    'do my tasks on EC2 capacity share the kernel with each other',
    'is the kernel shared between tasks on ec2 instances',
  ])('a question about tasks on EC2 alone gets the EC2 answer: %j', (q) => {
    const r = ask(q);
    expect(r.topics).toEqual(['Containers sharing the host kernel']);
    expect(r.answer).toMatch(/^Yes, on EC2 capacity/);
  });
});

describe('a terse question about the sentence before it', () => {
  it('reads the figure with the service asked about', () => {
    const r = ask('The model server wants 400 GB of memory. Will Fargate cope?');
    expect(r.matched).toBe(true);
    expect(r.answer).toMatch(/244 ?GB/);
  });
});

describe('status codes and synonyms', () => {
  it('an HTTP 413 from a Lambda API is the payload limit', () => {
    expect(ask('Our Lambda endpoint answers 413 for big JSON bodies').answer).toMatch(/6 ?MB/);
  });

  it('CUDA means GPUs', () => {
    expect(ask('Can a Lambda function run CUDA code?').answer).toMatch(/no GPUs|no GPU|does not/i);
  });
});

describe('isolation for regulated data', () => {
  it('names the microVM and environment reuse', () => {
    const r = ask('Is Lambda isolated enough for medical records from several clients?');
    expect(r.answer).toMatch(/Firecracker|microVM/);
    expect(r.answer).toMatch(/tenant isolation/);
  });
});

describe('still refuses what is not AWS compute', () => {
  it.each(['How do I tune garbage collection in the JVM?', 'What is the best ORM for Python? And for Go?'])(
    '%j',
    (q) => {
      expect(ask(q).matched).toBe(false);
    },
  );
});
