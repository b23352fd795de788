/** Reader-facing names for the content model's enumerations. */
import type { Story } from '../organisation/organisation.ts';

const STORY_KIND_LABELS: Record<Story['data']['kind'], string> = {
  spotlight: 'Spotlight',
  'day-in-the-life': 'A day in the life',
  explainer: 'Explainer',
  news: 'News',
};

export function storyKindLabel(kind: Story['data']['kind']): string {
  return STORY_KIND_LABELS[kind];
}
