/** Reader-facing names for the content model's enumerations. */
import type { SiteEvent, Story } from '../organisation/organisation.ts';

const STORY_KIND_LABELS: Record<Story['data']['kind'], string> = {
  spotlight: 'Spotlight',
  'day-in-the-life': 'A day in the life',
  explainer: 'Explainer',
  news: 'News',
};

export function storyKindLabel(kind: Story['data']['kind']): string {
  return STORY_KIND_LABELS[kind];
}

const EVENT_KIND_LABELS: Record<SiteEvent['data']['kind'], string> = {
  'win-session': 'Win session',
  'deep-dive': 'Deep dive',
  'role-play': 'Role-play',
  'tool-demo': 'Tool demo',
  'ask-me-anything': 'Ask me anything',
  training: 'Training',
  other: 'Session',
};

export function eventKindLabel(kind: SiteEvent['data']['kind']): string {
  return EVENT_KIND_LABELS[kind];
}
