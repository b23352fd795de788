/**
 * CONTRIBUTING.md followed literally, as a new engineer and a comms writer would: every command it shows is run
 * in a checkout of the demo organisation, every edit it describes is made, and every file it shows validates.
 * Getting the code and installing it (`git clone`, `npm install`) is what this test already stands on.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, environmentOfAUser, temporaryFolder } from '../support/build-site.ts';
import { phonePhoto } from '../support/phone-photo.ts';

const guide = fs.readFileSync(path.join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The text of the section under a `## ` heading that starts with `heading`. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}`);
  expect(start, `CONTRIBUTING.md has a section "${heading}"`).toBeGreaterThan(-1);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

/** The code blocks of a kind (`sh`, `yaml`, `markdown`) in a text, in order, without their indentation. */
function blocks(text: string, kind: string): string[] {
  return [...text.matchAll(new RegExp(`^( *)\`\`\`${kind}\\n([\\s\\S]*?)^\\1\`\`\``, 'gm'))].map(([, indent, body]) =>
    body!
      .split('\n')
      .map((line) => line.slice(indent!.length))
      .join('\n')
      .trimEnd(),
  );
}

/** A checkout as a contributor has it: the demo organisation in src/content. */
function checkout(): string {
  const folder = temporaryFolder('contributing');
  fs.cpSync(path.join(PROJECT_ROOT, 'src/content'), path.join(folder, 'src/content'), { recursive: true });
  return folder;
}

/** Runs one command line of the guide in the checkout: `npm run <script> -- <arguments>`, as package.json runs it. */
function run(line: string, cwd: string): { status: number; output: string } {
  const [, script, rest = ''] = line.match(/^npm run ([\w:-]+)(?: -- (.*))?$/) ?? [];
  expect(script, `"${line}" is a command the guide's reader can run`).toBeDefined();
  const args = [...rest.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, bare]) => quoted ?? bare!);
  const env = environmentOfAUser();
  delete env.ONE_TEAM_CONTENT;
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd,
    env: { ...env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** Every command of a section's `sh` blocks but the ones this test stands on; each must succeed. */
function runAll(text: string, cwd: string): string[] {
  const commands = blocks(text, 'sh')
    .flatMap((block) => block.split('\n'))
    .filter((line) => line && !/^(git |npm install)/.test(line));
  for (const command of commands) {
    const { status, output } = run(command, cwd);
    expect(status, `${command}\n${output}`).toBe(0);
  }
  return commands;
}

describe('CONTRIBUTING.md, followed literally', { timeout: 60_000 }, () => {
  it('gives an engineer a valid profile with a phone photo in its five steps', async () => {
    const cwd = checkout();
    const steps = section('Add your profile in five steps');
    const [, create, check] = blocks(steps, 'sh');
    expect(run(create!, cwd).status).toBe(0);
    const profile = path.join(cwd, 'src/content/people/your-name.md');
    expect(fs.existsSync(profile)).toBe(true);

    // Step 3, as written: a photo straight from a phone beside the profile, and its line in the profile.
    expect(steps).toContain('`photo: ./your-name.jpg`');
    fs.writeFileSync(path.join(cwd, 'src/content/people/your-name.jpg'), await phonePhoto());
    fs.writeFileSync(profile, fs.readFileSync(profile, 'utf8').replace(/^---\n/, '---\nphoto: ./your-name.jpg\n'));

    const checked = run(check!, cwd);
    expect(checked.output).toContain('is valid');
    expect(checked.status).toBe(0);
  });

  it('shows a profile, field by field, that validates as it stands', async () => {
    const cwd = checkout();
    const [example] = blocks(section('Your profile, field by field'), 'markdown');
    const id = example!.match(/^photo: \.\/([\w-]+)\.jpg/m)![1]!;
    fs.writeFileSync(path.join(cwd, `src/content/people/${id}.md`), `${example}\n`);
    fs.writeFileSync(path.join(cwd, `src/content/people/${id}.jpg`), await phonePhoto(0.25));
    const checked = run(`npm run check -- src/content/people/${id}.md`, cwd);
    expect(checked.output).toContain('is valid');
    expect(checked.status).toBe(0);
  });

  it('gives a writer a valid win with a before/after outcome, a quote and a glossary term in three steps', () => {
    const cwd = checkout();
    const steps = section('Your first win');
    const [create, check] = blocks(steps, 'sh');
    expect(run(create!, cwd).status).toBe(0);
    const win = path.join(cwd, 'src/content/wins/invoices-out-the-same-day.mdx');

    // Step 2, as written: the `#` off the quote lines, the colleague's words in them.
    const [quote] = blocks(steps, 'yaml');
    const scaffold = fs.readFileSync(win, 'utf8');
    const commented = scaffold.match(/^# quote:\n(?:# {3}.*\n)+/m);
    expect(commented, 'the scaffold shows the quote to uncomment').not.toBeNull();
    fs.writeFileSync(win, scaffold.replace(commented![0], `${quote}\n`));

    const checked = run(check!, cwd);
    expect(checked.output).toContain('is valid');
    expect(checked.status).toBe(0);
    const text = fs.readFileSync(win, 'utf8');
    expect(text).toMatch(/^ {4}before: 3$/m);
    expect(text).toMatch(/^ {4}after: 1$/m);
    expect(text).toContain('text: "The invoice is out before the lorry leaves the yard."');
    expect(text).toMatch(/<Term id="[\w-]+"/);
  });

  it('runs every command it shows, in order, each with success', () => {
    const cwd = checkout();
    expect(runAll(section('Add your profile in five steps'), cwd)).toHaveLength(2);
    expect(runAll(section('Your first win'), cwd)).toHaveLength(2);
  });
});
