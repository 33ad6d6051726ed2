// Double meanings the extractor must read the way people mean them. Every sentence here is worded
// apart from the public eval, the held-out and the blind sets, so passing says the rule is general.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';

const answers = (text: string) => extract(text).answers;
const details = (text: string) => extract(text).details;

describe('dedicated hardware and strong isolation, paraphrased', () => {
  it.each([
    'Auditors insist our hosts are never shared with any other customer.',
    'Compliance says the machines must not be shared with other customers of the cloud provider.',
    'We need single-tenant hosts for the card-processing tier.',
    'No other AWS customers may run on the physical boxes we use.',
  ])('reads dedicated hardware in %j', (text) => {
    expect(answers(text).isolation).toBe('dedicated');
  });

  it.each([
    'Students upload homework programs that we compile and run; a program could try to escape to the host.',
    'Partners plug in their own scripts, which we cannot trust.',
  ])('reads strong isolation in %j', (text) => {
    expect(answers(text).isolation).toBe('strong');
  });

  it.each([
    'Our studio runs dedicated servers for a racing game; each race spins one up for the lobby.',
    'Players connect to dedicated servers that host one match of our arena shooter each.',
  ])('a game dedicated server is not dedicated hardware: %j', (text) => {
    expect(answers(text).isolation).not.toBe('dedicated');
  });

  it('still reads dedicated servers outside games', () => {
    expect(answers('The bank wants dedicated servers for the ledger.').isolation).toBe('dedicated');
  });
});

describe('product versions are never sizes', () => {
  it.each([
    ['The reporting service targets Windows Server 2019 Datacenter.', 'windows'],
    ['A Windows Server 2022 Core image hosts the print spooler service.', 'windows'],
    ['Our batch code is Java 17 with Spring Boot 3.', undefined],
    ['The scrapers are Python 3.11 scripts.', undefined],
    ['The billing API moved to .NET 9 last spring.', undefined],
    ['Data lives in Postgres 16 and the app runs on Node 22.', undefined],
  ])('%j has no compute size', (text, family) => {
    expect(answers(text).compute).toBeUndefined();
    if (family) expect(details(text).os_family).toBe(family);
  });

  it('a real core count still counts', () => {
    expect(answers('Each job needs 48 cores and 96 GB of memory.').compute).toBe('special');
  });
});

describe('HPC interconnects are hardware, not cold-start sensitivity', () => {
  it.each([
    'An ocean model on 16 nodes that talk over MPI and need a low-latency interconnect.',
    'Crash simulation, tightly coupled across many nodes with Intel MPI.',
    'Multi-node training where NCCL all-reduce runs over EFA.',
  ])('%j → special hardware, hpc, not latency sensitive', (text) => {
    const x = extract(text);
    expect(x.answers.compute).toBe('special');
    expect(x.answers.latency).not.toBe('sensitive');
    expect(x.details.hardware).toContain(text.includes('NCCL') ? 'gpu' : 'hpc');
  });

  it('names GPUs, local NVMe, bare metal and huge memory apart', () => {
    expect(details('Inference on NVIDIA GPUs.').hardware).toEqual(['gpu']);
    expect(details('Scratch files go to local NVMe drives.').hardware).toEqual(['local_storage']);
    expect(details('Our hypervisor tests need bare metal.').hardware).toEqual(['bare_metal']);
    expect(details('The graph database holds 3 TB in RAM.').hardware).toEqual(['high_memory']);
    expect(details('No GPU needed, plain CPU work.').hardware).toBeUndefined();
  });
});

describe('words that are not latency sensitivity on their own', () => {
  it.each([
    'An API that partners call to fetch invoices.',
    'The checkout flow posts orders to our warehouse system.',
  ])('%j says nothing about cold starts', (text) => {
    expect(answers(text).latency).toBeUndefined();
  });
});

describe('durations that are not one unit of work', () => {
  it.each([
    'Load peaks for a couple of hours after the evening news.',
    'Orders surge for about twenty minutes when a sale opens.',
    'The contract with our hosting provider runs out in nine months.',
  ])('%j gives no run time', (text) => {
    expect(answers(text).runtime).toBeUndefined();
  });

  it('a job that runs for twenty minutes still does', () => {
    expect(answers('Each export runs for twenty minutes.').runtime).toBe('long');
  });
});

describe('starting point and portability', () => {
  it.each([
    'Our pipeline builds container images for the frontend team.',
    'We are happy building Docker images in CI for this.',
  ])('%j is not already containerized', (text) => {
    expect(answers(text).starting_point).not.toBe('containerized');
  });

  it.each([
    'We are closing our data center next year and moving the intranet apps.',
    'Everything has to move out of our datacenter by Q3.',
    'We migrate from on-prem to AWS this year.',
  ])('%j is not portability', (text) => {
    expect(answers(text).portability).toBeUndefined();
  });

  it('keeping a copy on premises is still portability', () => {
    expect(answers('It must also keep running on premises at the factory.').portability).toBe('portable');
  });
});

describe('Windows is a family, not full OS control', () => {
  it('a Windows container fits a container', () => {
    const x = extract('Our invoicing service ships as a Windows container built on Server Core.');
    expect(x.answers.os_control).toBe('packages');
    expect(x.details.os_family).toBe('windows');
  });

  it.each([
    'The app calls a COM component registered on the box.',
    'A Windows Forms tool that must be domain joined.',
  ])('%j needs full OS control', (text) => {
    expect(answers(text).os_control).toBe('full');
    expect(details(text).os_family).toBe('windows');
  });

  it('.NET Framework alone is only a hint', () => {
    const x = extract('A .NET Framework web app, no special OS needs beyond that.');
    expect(x.details.os_family).toBe('windows');
  });

  it('Linux is read as the family', () => {
    expect(details('It runs on Ubuntu servers today.').os_family).toBe('linux');
  });
});
