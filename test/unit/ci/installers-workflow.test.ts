// The hosted CI workflow cannot run on the offline development machine, so it is read here as
// GitHub reads it: each matrix entry's steps, with the matrix values filled in, must install,
// fetch the Electron binary, run the whole test suite, build that system's installer and keep it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../host/paths';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}

interface Job {
  'runs-on': string;
  env?: Record<string, string>;
  strategy: { matrix: { include: Record<string, string>[] } };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const readText = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const workflow = parse(readText('.github/workflows/installers.yml')) as Workflow;
const packageJson = JSON.parse(readText('package.json')) as { scripts: Record<string, string> };
const builder = parse(readText('electron-builder.yml')) as {
  directories: { output: string };
  win: { target: string };
  mac: { target: string };
};

const jobs = Object.values(workflow.jobs);
const job = jobs[0]!;
const matrix = job.strategy.matrix.include;

/** The text with `${{ matrix.x }}` replaced as GitHub does for one matrix entry; any other expression kept. */
function expand(text: string, entry: Record<string, string>): string {
  return text.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_, key: string) => {
    const value = entry[key];
    if (value === undefined) throw new Error(`the workflow reads matrix.${key}, which ${entry.os} does not set`);
    return value;
  });
}

/** The steps one runner goes through. */
function stepsOn(os: string): Step[] {
  const entry = matrix.find((e) => e.os === os);
  if (!entry) throw new Error(`no matrix entry for ${os}`);
  return job.steps.map((step) => ({
    ...step,
    ...(step.run === undefined ? {} : { run: expand(step.run, entry) }),
    ...(step.with === undefined
      ? {}
      : { with: Object.fromEntries(Object.entries(step.with).map(([key, value]) => [key, expand(String(value), entry)])) }),
  }));
}

function indexOfRun(steps: Step[], pattern: RegExp): number {
  const index = steps.findIndex((step) => step.run !== undefined && pattern.test(step.run));
  expect(index, `a step that runs ${pattern}`).toBeGreaterThanOrEqual(0);
  return index;
}

const systems = [
  { os: 'windows-latest', script: 'dist:win', flag: '--win', extension: 'exe', target: builder.win.target },
  { os: 'macos-latest', script: 'dist:mac', flag: '--mac', extension: 'dmg', target: builder.mac.target },
];

describe('the hosted installers workflow', () => {
  it('runs one job on both Windows and macOS, for pushes and pull requests', () => {
    expect(jobs).toHaveLength(1);
    expect(matrix.map((entry) => entry.os).sort()).toEqual(['macos-latest', 'windows-latest']);
    for (const entry of matrix) expect(expand(job['runs-on'], entry)).toBe(entry.os);
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('uses Node.js 20, as package.json asks', () => {
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(setup?.with?.['node-version'])).toMatch(/^20(\.|$)/);
  });

  describe.each(systems)('on $os', ({ os, script, flag, extension, target }) => {
    const steps = stepsOn(os);

    it('checks out, installs from the lock file, fetches Electron, tests, then builds, in that order', () => {
      const checkout = steps.findIndex((step) => step.uses?.startsWith('actions/checkout@'));
      const install = indexOfRun(steps, /^npm ci\b/m);
      const electron = indexOfRun(steps, /node node_modules\/electron\/install\.js/);
      const test = indexOfRun(steps, /^npm test$/m);
      const dist = indexOfRun(steps, new RegExp(`^npm run ${script}\\b`, 'm'));
      expect(checkout).toBe(0);
      expect(install).toBeLessThan(electron);
      expect(electron).toBeLessThan(test);
      expect(test).toBeLessThan(dist);
    });

    it('fails when the Electron binary is still missing, so the e2e suite’s Electron project really runs', () => {
      const fetch = steps[indexOfRun(steps, /node node_modules\/electron\/install\.js/)]!;
      expect(fetch.run).toContain('findElectronBinary');
      expect(fetch.run).toContain('process.exit(1)');
      expect(fetch.if).toBeUndefined();
    });

    it(`builds this system's installer with ${script}, never publishing`, () => {
      const dist = steps[indexOfRun(steps, new RegExp(`^npm run ${script}\\b`, 'm'))]!;
      expect(packageJson.scripts[script]).toMatch(new RegExp(`^npm run build && electron-builder ${flag}$`));
      expect(dist.run).toContain('--publish never');
    });

    it(`keeps the ${extension} installer electron-builder writes, and fails when there is none`, () => {
      expect(target).toBe(extension === 'exe' ? 'nsis' : 'dmg');
      const distIndex = indexOfRun(steps, new RegExp(`^npm run ${script}\\b`, 'm'));
      const upload = steps.findIndex((step, index) => index > distIndex && step.uses?.startsWith('actions/upload-artifact@'));
      expect(upload).toBeGreaterThan(distIndex);
      const uploadStep = steps[upload]!;
      expect(uploadStep.if).toBeUndefined();
      expect(uploadStep.with?.path).toBe(`${builder.directories.output}/*.${extension}`);
      expect(uploadStep.with?.['if-no-files-found']).toBe('error');
    });

    it('keeps the Playwright report when a step fails', () => {
      const testIndex = indexOfRun(steps, /^npm test$/m);
      const report = steps.find(
        (step, index) => index > testIndex && step.if === 'failure()' && step.uses?.startsWith('actions/upload-artifact@'),
      );
      expect(String(report?.with?.path)).toContain('playwright-report/');
    });
  });

  it('passes the signing credentials only to the installer step, and only those that are set', () => {
    const credentials = ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];
    const dist = job.steps.find((step) => step.run?.includes('npm run ${{ matrix.dist }}'));
    expect(dist).toBeDefined();
    for (const name of credentials) {
      expect(dist?.env?.[`SECRET_${name}`]).toBe(`\${{ secrets.${name} }}`);
      // An empty CSC_LINK is taken for a certificate path by electron-builder: never set it blindly.
      expect(workflow.env?.[name]).toBeUndefined();
      expect(job.env?.[name]).toBeUndefined();
      expect(dist?.env?.[name]).toBeUndefined();
    }
    expect(dist?.run).toContain(`for name in ${credentials.join(' ')}; do`);
    expect(dist?.run).toMatch(/if \[ -n "\$\{!secret\}" \]; then export "\$name=\$\{!secret\}"; fi/);
    const otherSteps = job.steps.filter((step) => step !== dist);
    expect(JSON.stringify(otherSteps)).not.toContain('secrets.');
  });
});
