/** Whether a page is past the date it should have been checked again, and the comms team's list of those that are. */
import { isoDay } from '../site/dates.ts';

export interface Reviewable {
  reviewBy?: Date;
  /** When it was last checked (strategy pages record this). */
  reviewed?: Date;
}

export function isPastReview(page: Reviewable, today: Date): boolean {
  return page.reviewBy !== undefined && page.reviewBy.getTime() < today.getTime();
}

export interface StalePage {
  file: string;
  title: string;
  reviewBy: Date;
  owner?: string;
}

/** The list as Markdown, to paste into an issue: one checkbox per page, oldest first. */
export function staleReportMarkdown(pages: readonly StalePage[], today: Date): string {
  const lines = [...pages]
    .sort((a, b) => a.reviewBy.getTime() - b.reviewBy.getTime())
    .map(
      (p) =>
        `- [ ] **${p.title}** (\`${p.file}\`): due for review since ${isoDay(p.reviewBy)}${p.owner ? `, owner ${p.owner}` : ', no owner named'}`,
    );
  return [
    `# Pages to review (${isoDay(today)})`,
    '',
    lines.length ? lines.join('\n') : 'Every page is within its review date.',
    '',
  ].join('\n');
}
