// One platform's limit is never charged to its whole kind: each pattern on wording of our own, with
// the platform, its blockers, the services and the line on the sibling platform.
import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/engine.js';
import { DEDICATED_CLAIM, GPU_CLAIM } from './invariants.js';

const blockersOf = (rec: ReturnType<typeof recommend>, platform: string) =>
  rec.platforms.find((p) => p.platform === platform)?.blockers ?? [];

describe('platforms', () => {
  it('a host agent in existing images runs on EC2 capacity; only Fargate is ruled out, by name', () => {
    const rec = recommend({ os_control: 'full', starting_point: 'containerized' });
    expect(rec.platform).toBe('containers_on_ec2');
    expect(rec.primary).toBe('container');
    expect(blockersOf(rec, 'fargate').join(' ')).toMatch(/^Fargate refuses privileged containers/);
    expect(rec.ranking.find((r) => r.kind === 'container')?.blockers).toEqual([]);
    expect(rec.rationale.platform).toBe(
      'Not Fargate: it refuses privileged containers, device access and host daemons.',
    );
    expect(rec.services.join(' ')).toMatch(/DaemonSets/);
  });

  it('Windows Server containers go to Fargate; Lambda is ruled out for Amazon Linux, and no Linux billing is claimed', () => {
    const rec = recommend(
      { starting_point: 'containerized', runtime: 'always_on', os_control: 'packages' },
      { os_family: 'windows' },
    );
    expect(rec.platform).toBe('fargate');
    expect(blockersOf(rec, 'lambda').join(' ')).toMatch(/Amazon Linux/);
    expect(rec.services.join(' ')).toMatch(/Windows Server 2019 or 2022/);
    expect(rec.services.join(' ')).not.toMatch(/Fargate Spot for jobs/);
    expect(JSON.stringify(rec.rationale)).not.toMatch(/Linux per second|bills per second/);
  });

  it('names the hardware the work needs and no other', () => {
    const unnamed = recommend({ compute: 'special', runtime: 'long' });
    expect(GPU_CLAIM.test(unnamed.services.join(' '))).toBe(false);
    expect(unnamed.services.join(' ')).toMatch(/instance family that matches the need/);
    const memory = recommend({ runtime: 'always_on' }, { hardware: ['high_memory'] });
    expect(memory.platform).toBe('ec2');
    expect(memory.services.join(' ')).toMatch(/memory-optimized or High Memory/);
    expect(GPU_CLAIM.test(`${memory.services.join(' ')} ${JSON.stringify(memory.rationale)}`)).toBe(false);
    const hpc = recommend({ runtime: 'long', traffic: 'scheduled' }, { hardware: ['hpc'] });
    expect(hpc.services.join(' ')).toMatch(/EFA/);
    expect(hpc.services.join(' ')).toMatch(/ParallelCluster|multi-node parallel/);
    const gpu = recommend({ runtime: 'long' }, { hardware: ['gpu'] });
    expect(gpu.services.join(' ')).toMatch(/P, G/);
  });

  it('hardware of your own only when asked for: dedicated isolation goes to EC2 dedicated, nothing else does', () => {
    const dedicated = recommend({ isolation: 'dedicated', starting_point: 'containerized' });
    expect(dedicated.platform).toBe('ec2_dedicated');
    expect(dedicated.services[0]).toMatch(/Dedicated Hosts/);
    expect(blockersOf(dedicated, 'fargate').join(' ')).toMatch(
      /^Fargate cannot be placed on hardware dedicated to you/,
    );
    const shared = recommend({ compute: 'special', os_control: 'full', ops: 'full' });
    expect(shared.platform).toBe('ec2');
    expect(DEDICATED_CLAIM.test(`${shared.services.join(' ')} ${JSON.stringify(shared.rationale)}`)).toBe(
      false,
    );
  });

  it('untrusted code never lands on a shared kernel or a shared capacity provider', () => {
    const rec = recommend({ isolation: 'strong', runtime: 'always_on', starting_point: 'containerized' });
    expect(rec.platform).toBe('fargate');
    expect(blockersOf(rec, 'containers_on_ec2').join(' ')).toMatch(/share the instance's kernel/);
    expect(blockersOf(rec, 'lambda_managed').join(' ')).toMatch(/capacity provider/);
  });
});
