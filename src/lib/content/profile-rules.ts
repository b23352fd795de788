/** Rules for profile bodies beyond sanitising: code-like lines are a sign someone expected MDX. */
import type { ContentProblem } from './problems.ts';

/** `import` and `export` lines do nothing in Markdown but would run in MDX; refusing them says so early. */
export function findCodeInProfile(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let inFence = false;
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || index === 0) return;
    const code = line.match(/^(import|export)\s/)?.[1];
    if (code) {
      problems.push({
        file,
        line: index + 1,
        field: '',
        message: `an "${code}" line: profiles are plain Markdown and cannot use code or components → remove the line (put code examples between \`\`\` fences)`,
      });
    }
  });
  return problems;
}
