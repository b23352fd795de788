/**
 * The headline of each measure in words, the same on its page, its social card and the home page: the
 * pulse's gap between IT and the business on its first question, and IT's time keeping things running in
 * the newest month of pace.
 */
import { formatMonth, formatShortMonth } from '../site/dates.ts';
import { latestPace, type Pace } from './pace.ts';
import type { Pulse, QuestionTrend } from './pulse.ts';

/**
 * Beyond this many departments or teams, small charts make a page long and heavy (about 1.5 KB each); a
 * table of their newest figures says the same in a fraction of the space.
 */
export const SMALL_MULTIPLES_AT_MOST = 24;

export interface Headline {
  /** The figure, large: `15 points`, `52%`. */
  figure: string;
  /** What the figure is, finishing the sentence it starts. */
  caption: string;
  /** The change, or the context, in a few words. */
  context: string;
}

/** "narrowed by 16 points", "widened by 2 points", "unchanged": how a gap moved. */
export function gapMovement(change: number): string {
  if (change === 0) return 'unchanged';
  const points = Math.abs(change);
  return `${change < 0 ? 'narrowed' : 'widened'} by ${points} point${points === 1 ? '' : 's'}`;
}

function points(value: number): string {
  return `${value} point${Math.abs(value) === 1 ? '' : 's'}`;
}

/** The question a headline is about: the first in questions.yaml with figures on both sides. */
export function headlineQuestion(pulse: Pulse): QuestionTrend | undefined {
  return pulse.questions.find((question) => question.latest);
}

export function pulseHeadline(pulse: Pulse, locale: string): Headline | undefined {
  const question = headlineQuestion(pulse);
  const latest = question?.latest;
  if (!question || !latest?.it || !latest.business) return undefined;
  const gap = latest.gap!;
  const month = formatMonth(latest.month, locale);
  return {
    figure: gap === 0 ? 'No gap' : points(Math.abs(gap)),
    caption: `between IT (${latest.it.percent}%) and the business (${latest.business.percent}%) agreeing that “${question.text}”`,
    context:
      question.previous && question.gapChange !== undefined
        ? `${month}: ${gapMovement(question.gapChange)} since ${formatMonth(question.previous.month, locale)}`
        : month,
  };
}

export function paceHeadline(pace: Pace, locale: string): Headline | undefined {
  const newest = latestPace(pace);
  if (!newest || newest.figures.runShare === undefined) return undefined;
  const { figures } = newest;
  const delivered =
    figures.planned > 0
      ? `${figures.delivered} of ${figures.planned} planned changes delivered`
      : `${figures.delivered} changes delivered`;
  return {
    figure: `${figures.runShare}%`,
    caption: `of IT's time went to keeping things running in ${formatMonth(newest.month, locale)}; the rest built what the business asked for`,
    context: [
      delivered,
      `${figures.incidents} incident${figures.incidents === 1 ? '' : 's'}`,
      ...(newest.unreported.length ? [`not reported: ${newest.unreported.join(', ')}`] : []),
    ].join(' · '),
  };
}

/** Whole percents, or null where a wave has no figure: the values a chart draws. */
function percents(shares: ReadonlyArray<{ percent: number } | undefined>): (number | null)[] {
  return shares.map((share) => share?.percent ?? null);
}

export interface QuestionChart {
  question: QuestionTrend;
  categories: string[];
  series: Array<{ name: string; values: (number | null)[]; emphasis?: boolean }>;
  /** The chart's takeaway in words, for its description. */
  description: string;
}

/** Each question's chart: IT and the business wave by wave, and the gap said in words. */
export function pulseCharts(pulse: Pulse, locale: string): QuestionChart[] {
  const categories = pulse.months.map((month) => formatShortMonth(month, locale));
  return pulse.questions.map((question) => {
    const { latest, previous, gapChange } = question;
    const description = latest
      ? `In ${formatMonth(latest.month, locale)}, ${latest.it!.percent}% of IT and ${latest.business!.percent}% of the business agreed: a gap of ${points(latest.gap!)}${
          previous && gapChange !== undefined
            ? `, ${gapMovement(gapChange)} since ${formatMonth(previous.month, locale)}`
            : ''
        }.`
      : 'Not enough answers on both sides yet to compare IT with the business.';
    return {
      question,
      categories,
      series: [
        { name: 'IT', values: percents(question.waves.map((wave) => wave.it)) },
        { name: 'Business', values: percents(question.waves.map((wave) => wave.business)), emphasis: true },
      ],
      description,
    };
  });
}

export interface PaceCharts {
  categories: string[];
  /** Hours keeping things running and building new, month by month, for a stacked chart of shares. */
  time: Array<{ name: string; values: (number | null)[] }>;
  timeDescription: string;
  delivery: Array<{ name: string; values: (number | null)[] }>;
  deliveryDescription: string;
  incidents: Array<{ name: string; values: (number | null)[]; emphasis?: boolean }>;
  incidentsDescription: string;
}

export function paceCharts(pace: Pace, locale: string): PaceCharts {
  const categories = pace.months.map((month) => formatShortMonth(month, locale));
  const first = pace.total[0];
  const last = pace.total.at(-1);
  const span =
    pace.months.length > 1
      ? `from ${formatMonth(pace.months[0]!, locale)} to ${formatMonth(pace.months.at(-1)!, locale)}`
      : `in ${formatMonth(pace.months[0] ?? '', locale)}`;
  const delivered = pace.total.reduce((sum, month) => sum + month.delivered, 0);
  const planned = pace.total.reduce((sum, month) => sum + month.planned, 0);
  return {
    categories,
    time: [
      { name: 'Keeping things running', values: pace.total.map((month) => month.runHours) },
      { name: 'Building new', values: pace.total.map((month) => month.changeHours) },
    ],
    timeDescription:
      first?.runShare !== undefined && last?.runShare !== undefined
        ? `Keeping things running took ${first.runShare}% of IT's hours ${pace.months.length > 1 ? `in ${formatMonth(pace.months[0]!, locale)} and ${last.runShare}% in ${formatMonth(pace.months.at(-1)!, locale)}` : span}.`
        : 'No hours written yet.',
    delivery: [
      { name: 'Delivered', values: pace.total.map((month) => month.delivered) },
      { name: 'Planned', values: pace.total.map((month) => month.planned) },
    ],
    deliveryDescription: `IT delivered ${delivered} of the ${planned} changes it planned ${span}.`,
    incidents: [{ name: 'Incidents', values: pace.total.map((month) => month.incidents), emphasis: true }],
    incidentsDescription: `IT handled ${pace.total.reduce((sum, month) => sum + month.incidents, 0)} incidents ${span}${
      first && last && pace.months.length > 1
        ? `, ${first.incidents} in the first month and ${last.incidents} in the last`
        : ''
    }.`,
  };
}

/**
 * One scale for a set of small charts, so that they compare with each other: the values' span, widened to
 * whole tens and to at least 30 points so that a change of one or two points does not look like a leap.
 */
export function sharedPercentRange(values: ReadonlyArray<number | null | undefined>): { min: number; max: number } {
  const known = values.filter((value): value is number => typeof value === 'number');
  if (known.length === 0) return { min: 0, max: 100 };
  let min = Math.floor(Math.min(...known) / 10) * 10;
  let max = Math.ceil(Math.max(...known) / 10) * 10;
  while (max - min < 30) {
    if (min > 0) min -= 10;
    if (max - min < 30 && max < 100) max += 10;
  }
  return { min, max };
}
