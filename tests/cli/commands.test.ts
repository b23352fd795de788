import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT_ROOT, copyOfFixture, environmentOfAUser } from '../support/build-site.ts';
import { runScript } from '../support/commands.ts';

const run = runScript;

describe('npm run check', () => {
  it('says valid content is valid', () => {
    const { code, output } = run('scripts/check.ts', [], path.join(FIXTURES, 'org-elsewhere'));
    expect(code).toBe(0);
    expect(output).toMatch(/The content in .*org-elsewhere is valid/);
  });

  it('prints every problem grouped by file and exits non-zero', () => {
    const content = copyOfFixture('org-elsewhere');
    const sam = path.join(content, 'people/sam-lee.md');
    fs.writeFileSync(
      sam,
      fs
        .readFileSync(sam, 'utf8')
        .replace('team: core-it', 'team: core-itt')
        .replace('joined: 2026-10-12', 'joined: soon'),
    );
    const covers = path.join(content, 'glossary/covers.md');
    fs.writeFileSync(covers, fs.readFileSync(covers, 'utf8').replace('department: kitchens', 'department: kitchen'));
    const { code, output } = run('scripts/check.ts', [], content);
    expect(code).toBe(1);
    expect(output).toContain('3 problems in the content:');
    expect(output).toContain(
      `${path.join(content, 'glossary/covers.md')}:5  department  "kitchen" is not in departments/ → did you mean "kitchens"?`,
    );
    const samLines = output.split('\n').filter((line) => line.startsWith(sam));
    expect(samLines).toEqual([
      `${sam}:4  team  "core-itt" is not in teams/ → did you mean "core-it"?`,
      `${sam}:6  joined  must be a date written YYYY-MM-DD, found "soon" → e.g. 2021-09-06`,
    ]);
  });
});

describe('npm run check -- --strict', () => {
  it('passes content with warnings, and fails it with --strict', () => {
    const content = copyOfFixture('org-elsewhere');
    const wifi = path.join(content, 'glossary/wifi.md');
    fs.writeFileSync(
      wifi,
      fs.readFileSync(wifi, 'utf8').replace('related: []', 'related: []\navoid: [WLAN]\nuseInstead: Wi-Fi'),
    );
    const story = path.join(content, 'stories/a-day-in-the-kitchens.mdx');
    fs.writeFileSync(
      story,
      fs.readFileSync(story, 'utf8').replace('The first tablet wakes up.', 'The first tablet joins the WLAN.'),
    );
    const normal = run('scripts/check.ts', [], content);
    expect(normal.code).toBe(0);
    expect(normal.output).toMatch(new RegExp(`${story}:\\d+:\\d+  "WLAN" → use "Wi-Fi" \\(glossary: wifi\\)`));
    expect(normal.output).toContain('is valid (checked in');
    expect(normal.output).toContain('2 warnings, none of them errors: they do not stop a build.');
    const strict = run('scripts/check.ts', ['--strict'], content);
    expect(strict.code).toBe(1);
    expect(strict.output).toContain('With --strict, warnings count as problems');
  });

  it('writes the pages past their review date as a Markdown list', () => {
    const report = path.join(copyOfFixture('org-elsewhere'), '..', 'stale.md');
    run('scripts/check.ts', ['--stale-report', report], path.join(FIXTURES, 'org-elsewhere'));
    expect(fs.readFileSync(report, 'utf8')).toMatch(
      /^# Pages to review \(\d{4}-\d{2}-\d{2}\)\n\n- \[ \] \*\*Connected kitchens\*\* \(`.*connected-kitchens\.mdx`\): due for review since 2026-11-01, owner ليلى حداد\n$/,
    );
  });
});

describe('npm run new', () => {
  it('writes a profile from flags that passes the check, and never overwrites one', () => {
    const content = copyOfFixture('org-elsewhere');
    const first = run(
      'scripts/new.ts',
      ['person', 'José Núñez', '--role', 'Service Desk Analyst', '--team', 'core-it'],
      content,
    );
    expect(first.output).toContain(
      `Wrote ${path.relative(PROJECT_ROOT, path.join(content, 'people/jose-nunez.md'))} (id: jose-nunez).`,
    );
    const second = run(
      'scripts/new.ts',
      ['person', 'José Núñez', '--role', 'Network Engineer', '--team', 'core-it'],
      content,
    );
    expect(second.output).toContain('(id: jose-nunez-2)');
    expect(fs.readFileSync(path.join(content, 'people/jose-nunez.md'), 'utf8')).toContain(
      'role: "Service Desk Analyst"',
    );
    expect(run('scripts/check.ts', [], content).code).toBe(0);
  });

  it('says which fields are missing when nobody is there to answer', () => {
    const { code, output } = run('scripts/new.ts', ['person', 'Ada Okafor'], copyOfFixture('org-elsewhere'));
    expect(code).toBe(2);
    expect(output.trim()).toBe(
      'npm run new: missing --role (your job title), --team (your team) → see npm run new -- --help',
    );
  });
});

describe('every command', () => {
  const commands: Array<[string, string[]]> = [
    ['npm run check', ['scripts/check.ts']],
    ['npm run new', ['scripts/new.ts']],
    ['npm run build', ['scripts/build.ts']],
    ['npm run docs', ['scripts/content-model-docs.ts']],
    ['npm run bench', ['scripts/bench.ts']],
    ['npm run dev', ['scripts/serve.ts', 'dev']],
    ['npm run preview', ['scripts/serve.ts', 'preview']],
  ];

  it.each(commands)(
    '%s prints its usage with --help, and refuses a flag it does not know in one line',
    (name, [script, ...args]) => {
      const help = run(script!, [...args, '--help'], path.join(FIXTURES, 'org-elsewhere'));
      expect(help.code).toBe(0);
      expect(help.output.trim().split('\n')[0]).toMatch(new RegExp(`^${name.replace(/ /g, ' ')}\\b`));
      const wrong = run(script!, [...args, '--colour', 'red'], path.join(FIXTURES, 'org-elsewhere'));
      expect(wrong.code).toBe(2);
      expect(wrong.output.trim()).toBe(`${name}: we don't know what "--colour" is → see ${name} -- --help`);
    },
  );
});

describe('npm run preview -- --port N', () => {
  it('serves the last build on the port asked for', async () => {
    const port = 4500 + Math.floor(Math.random() * 400);
    // Its own process group, so that stopping it stops the Astro server it starts too.
    const server = spawn(process.execPath, ['scripts/serve.ts', 'preview', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: environmentOfAUser(),
      detached: true,
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    try {
      let status = 0;
      for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = await fetch(`http://localhost:${port}/`).then(
          (r) => r.status,
          () => 0,
        );
      }
      expect(status, output).toBe(200);
      expect(output).toContain(`localhost:${port}`);
    } finally {
      process.kill(-server.pid!);
    }
  }, 30_000);
});
