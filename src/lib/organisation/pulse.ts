/**
 * The perception pulse as pages show it: per question and wave, the share of IT staff and of the business
 * (every department together, weighted by how many answered) who agree, the gap between them in points and
 * how it moved, and each department's own line. A group with fewer answers than `pulse.minimumGroup` is
 * published nowhere, not even inside the business figure, where subtracting the published departments
 * would give it away.
 */
import { IT_GROUP } from '../../schemas/pulse.ts';

export interface PulseRowFigures {
  question: string;
  group: string;
  responses: number;
  agree: number;
}

export interface PulseWaveInput {
  /** The wave's month, YYYY-MM. */
  id: string;
  data: { rows: readonly PulseRowFigures[] };
}

export interface Share {
  agree: number;
  responses: number;
  /** Whole percent who agree: what every page shows, and what gaps are counted from so that they add up. */
  percent: number;
}

export interface WaveFigures {
  month: string;
  it?: Share;
  business?: Share;
  /** IT's percent minus the business's, in points. */
  gap?: number;
  /** Departments that answered but are left out as too small to publish. */
  unpublished: number;
}

export interface DepartmentLine {
  id: string;
  name: string;
  /** One per wave, in wave order; undefined where the department did not answer or was too small. */
  shares: (Share | undefined)[];
}

export interface QuestionTrend {
  id: string;
  text: string;
  /** One per wave of the pulse, in month order. */
  waves: WaveFigures[];
  /** The newest wave with both an IT and a business figure. */
  latest?: WaveFigures;
  /** The wave with both figures before it. */
  previous?: WaveFigures;
  /** How the gap moved from `previous` to `latest`, in points: negative when it narrowed. */
  gapChange?: number;
  departments: DepartmentLine[];
}

export interface Pulse {
  /** The waves' months, oldest first. */
  months: string[];
  questions: QuestionTrend[];
  minimumGroup: number;
}

/** Whether a group's answers may be published: never a group so small that a person could be singled out. */
export function isPublishable(responses: number, minimumGroup: number): boolean {
  return responses >= minimumGroup;
}

function shareOf(agree: number, responses: number): Share | undefined {
  return responses > 0 ? { agree, responses, percent: Math.round((agree / responses) * 100) } : undefined;
}

function withBoth(wave: WaveFigures): boolean {
  return wave.gap !== undefined;
}

/** The pulse from its waves and questions; questions keep the order questions.yaml lists them in. */
export function pulseTrends(
  waves: readonly PulseWaveInput[],
  questions: ReadonlyArray<{ id: string; text: string }>,
  departments: ReadonlyArray<{ id: string; name: string }>,
  minimumGroup: number,
): Pulse {
  const ordered = [...waves].sort((a, b) => a.id.localeCompare(b.id));
  const months = ordered.map((wave) => wave.id);
  const trends = questions.map((question): QuestionTrend => {
    const rowsByWave = ordered.map((wave) => wave.data.rows.filter((row) => row.question === question.id));
    const figures = rowsByWave.map((rows, index): WaveFigures => {
      const published = rows.filter((row) => isPublishable(row.responses, minimumGroup));
      const itRow = published.find((row) => row.group === IT_GROUP);
      const business = published.filter((row) => row.group !== IT_GROUP);
      const it = itRow ? shareOf(itRow.agree, itRow.responses) : undefined;
      const businessShare = shareOf(
        business.reduce((sum, row) => sum + row.agree, 0),
        business.reduce((sum, row) => sum + row.responses, 0),
      );
      return {
        month: months[index]!,
        ...(it ? { it } : {}),
        ...(businessShare ? { business: businessShare } : {}),
        ...(it && businessShare ? { gap: it.percent - businessShare.percent } : {}),
        unpublished: rows.filter((row) => row.group !== IT_GROUP && !isPublishable(row.responses, minimumGroup)).length,
      };
    });
    const complete = figures.filter(withBoth);
    const latest = complete.at(-1);
    const previous = complete.at(-2);
    const lines = departments.map(({ id, name }) => ({
      id,
      name,
      shares: rowsByWave.map((rows) => {
        const row = rows.find((r) => r.group === id);
        return row && isPublishable(row.responses, minimumGroup) ? shareOf(row.agree, row.responses) : undefined;
      }),
    }));
    return {
      id: question.id,
      text: question.text,
      waves: figures,
      ...(latest ? { latest } : {}),
      ...(previous ? { previous } : {}),
      ...(latest && previous ? { gapChange: latest.gap! - previous.gap! } : {}),
      departments: lines.filter((line) => line.shares.some(Boolean)),
    };
  });
  return { months, questions: trends.filter((trend) => trend.waves.some((w) => w.it || w.business)), minimumGroup };
}

export interface NewestShare {
  latest?: Share;
  /** The wave of `latest`: not the newest when the department was too small to publish since. */
  latestAt: number;
  /** Points since the department's previous published wave. */
  change?: number;
}

/** A department's newest published share, the wave it is from, and how it moved since the one before. */
export function newestShare(shares: readonly (Share | undefined)[]): NewestShare {
  const published = shares.filter((share): share is Share => share !== undefined);
  const latest = published.at(-1);
  const before = published.at(-2);
  return {
    ...(latest ? { latest } : {}),
    latestAt: shares.findLastIndex((share) => share !== undefined),
    ...(latest && before ? { change: latest.percent - before.percent } : {}),
  };
}

export interface DepartmentPulseLine {
  question: QuestionTrend;
  /** The department's share per wave, and IT's beside it. */
  shares: (Share | undefined)[];
  it: (Share | undefined)[];
  latest?: Share;
  /** The wave of `latest`: not the newest when the department was too small to publish since. */
  latestMonth?: string;
  /** IT's share in that same wave, to set beside it. */
  itThen?: Share;
  /** Points since the department's previous published wave. */
  change?: number;
}

/** What one department said, question by question; empty when none of its waves could be published. */
export function departmentPulse(pulse: Pulse, departmentId: string): DepartmentPulseLine[] {
  return pulse.questions.flatMap((question) => {
    const line = question.departments.find((d) => d.id === departmentId);
    if (!line) return [];
    const { latest, latestAt: at, change } = newestShare(line.shares);
    const itThen = question.waves[at]?.it;
    return [
      {
        question,
        shares: line.shares,
        it: question.waves.map((wave) => wave.it),
        ...(latest ? { latest, latestMonth: pulse.months[at]! } : {}),
        ...(itThen ? { itThen } : {}),
        ...(change !== undefined ? { change } : {}),
      },
    ];
  });
}
