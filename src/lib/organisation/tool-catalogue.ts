/** What /tools/ shows: the radar layout, and the list grouped by ring with its filters. */
import { TOOL_CATEGORIES, TOOL_RINGS } from '../../schemas/index.ts';
import type { Organisation, Tool } from './organisation.ts';
import { layoutRadar, type RadarLayout } from './tool-radar.ts';
import { recentMove } from './tools.ts';
import type { FilterGroup } from '../site/css-filter.ts';

export function toolRadar(tools: readonly Tool[], today: Date): RadarLayout {
  return layoutRadar(
    tools.map((tool) => ({
      id: tool.id,
      name: tool.data.name,
      category: tool.data.category,
      ring: tool.data.ring,
      moved: Boolean(recentMove(tool, today)),
    })),
    TOOL_CATEGORIES,
    TOOL_RINGS,
  );
}

export function toolsByRing(org: Organisation): Array<{ ring: (typeof TOOL_RINGS)[number]; tools: Tool[] }> {
  return TOOL_RINGS.map((ring) => ({ ring, tools: org.tools.filter((tool) => tool.data.ring === ring) }));
}

export function toolFilters(): FilterGroup[] {
  return [
    { attribute: 'data-ring', choices: TOOL_RINGS.map((ring) => ({ inputId: `tools-ring-${ring}`, value: ring })) },
    {
      attribute: 'data-category',
      choices: TOOL_CATEGORIES.map((category) => ({ inputId: `tools-category-${category}`, value: category })),
    },
  ];
}

/** Where an employee proposes a tool: the site's proposals address, or the comms team's email. */
export function proposalAddress(org: Organisation): { href: string; label: string } {
  const configured = org.site.toolProposals;
  if (configured)
    return configured.includes('@') && !configured.includes('/')
      ? { href: `mailto:${configured}`, label: configured }
      : { href: configured, label: 'the tool proposal form' };
  return { href: `mailto:${org.site.contact.email}`, label: org.site.contact.email };
}
