/**
 * The card designs: flat 1200×630 layouts as Satori element trees (no React needed). Flat colour
 * and few shapes keep the PNGs small and quick to rasterise; long text wraps and ends in an ellipsis.
 */
import type { CardSpec } from './card-specs.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-specs.ts';

/** Bump when a design changes, so every cached card is drawn again. */
export const CARD_DESIGN_VERSION = 3;

/** The photo on a person's card is drawn this many pixels square. */
export const CARD_PHOTO_SIZE = 300;

export interface CardElement {
  type: string;
  props: {
    style?: Record<string, unknown>;
    children?: CardChild | CardChild[];
    src?: string;
    width?: number;
    height?: number;
  };
}
type CardChild = CardElement | string;

function el(type: string, style: Record<string, unknown>, children?: CardChild | CardChild[]): CardElement {
  return { type, props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } };
}

const INK = '#14171c';
const MUTED = '#4a5361';
const PAPER = '#ffffff';

/** Text that wraps over at most `lines` lines and ends in "…" past them. */
function clamped(text: string, size: number, lines: number, style: Record<string, unknown> = {}): CardElement {
  return el(
    'div',
    {
      display: 'block',
      fontSize: size,
      lineHeight: 1.2,
      lineClamp: lines,
      textOverflow: 'ellipsis',
      wordBreak: 'break-word',
      ...style,
    },
    text,
  );
}

function pill(text: string, accent: string): CardElement {
  return el(
    'div',
    { padding: '6px 18px', borderRadius: 999, background: accent, color: PAPER, fontSize: 26, fontWeight: 700 },
    text,
  );
}

/** The frame every card shares: accent band, site title, a label, and the card's own body. */
function frame(spec: CardSpec, label: string, body: CardElement): CardElement {
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, background: PAPER, color: INK, fontFamily: 'card', fontWeight: 400 },
    [
      el('div', { width: 28, height: CARD_HEIGHT, background: spec.accent }),
      el('div', { flexDirection: 'column', flex: 1, padding: '56px 72px 52px 64px', minWidth: 0 }, [
        el('div', { justifyContent: 'space-between', alignItems: 'center', marginBottom: 40 }, [
          clamped(spec.siteTitle, 30, 1, { fontWeight: 700, color: MUTED, maxWidth: 760 }),
          pill(label, spec.accent),
        ]),
        el('div', { flexDirection: 'column', flex: 1, minWidth: 0 }, [body]),
      ]),
    ],
  );
}

function avatar(spec: Extract<CardSpec, { kind: 'person' }>, photoDataUrl: string | undefined): CardElement {
  const size = CARD_PHOTO_SIZE;
  if (photoDataUrl) {
    return {
      type: 'img',
      props: {
        src: photoDataUrl,
        width: size,
        height: size,
        style: { width: size, height: size, borderRadius: size / 2, objectFit: 'cover' },
      },
    };
  }
  return el(
    'div',
    {
      width: size,
      height: size,
      borderRadius: size / 2,
      background: spec.avatarColour,
      color: PAPER,
      alignItems: 'center',
      justifyContent: 'center',
      fontSize: 120,
      fontWeight: 700,
      flexShrink: 0,
    },
    spec.initials,
  );
}

/** The element tree for a card; `photoDataUrl` is the person's photo, already read from the built site. */
export function cardDesign(spec: CardSpec, photoDataUrl?: string): CardElement {
  switch (spec.kind) {
    case 'site':
      return frame(
        spec,
        'IT',
        el('div', { flexDirection: 'column', justifyContent: 'center', flex: 1 }, [
          clamped(spec.title, 88, 2, { fontWeight: 700, marginBottom: 24 }),
          clamped(spec.description, 40, 3, { color: MUTED }),
        ]),
      );
    case 'person':
      return frame(
        spec,
        'Person',
        el('div', { alignItems: 'center', flex: 1, gap: 56 }, [
          avatar(spec, photoDataUrl),
          el('div', { flexDirection: 'column', flex: 1, minWidth: 0 }, [
            clamped(spec.name, 72, 2, { fontWeight: 700, marginBottom: 20 }),
            clamped(spec.role, 40, 2, { marginBottom: 12 }),
            clamped(spec.team, 34, 1, { color: MUTED }),
          ]),
        ]),
      );
    case 'win':
      return frame(
        spec,
        'Win',
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          clamped(spec.title, 60, 2, { fontWeight: 700 }),
          el(
            'div',
            { flexDirection: 'column' },
            spec.change
              ? [
                  clamped(spec.change, 96, 1, { fontWeight: 700, color: spec.accent }),
                  clamped(spec.metric ?? '', 34, 1, { color: MUTED }),
                ]
              : [],
          ),
          clamped(`${spec.month} · ${spec.departments.join(', ')}`, 30, 1, { color: MUTED }),
        ]),
      );
    case 'strategy':
      return frame(
        spec,
        `Strategy ${spec.order}`,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          clamped(spec.title, 76, 2, { fontWeight: 700, marginBottom: 28 }),
          clamped(spec.summary, 38, 3, { color: MUTED }),
        ]),
      );
    case 'glossary':
      return frame(
        spec,
        'Glossary',
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          clamped(spec.term, 84, 1, { fontWeight: 700, marginBottom: 28 }),
          clamped(spec.definition, 38, 4),
        ]),
      );
    case 'story':
      return frame(
        spec,
        'Story',
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          clamped(spec.label, 30, 1, { color: MUTED, marginBottom: 20 }),
          clamped(spec.title, 68, 2, { fontWeight: 700, marginBottom: 24 }),
          clamped(spec.summary, 36, 3, { color: MUTED }),
        ]),
      );
    case 'department':
      return frame(
        spec,
        'Department',
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          el('div', { flexDirection: 'column' }, [
            clamped(spec.name, 80, 1, { fontWeight: 700, marginBottom: 24 }),
            clamped(spec.summary, 38, 3, { color: MUTED }),
          ]),
          clamped(`${spec.partners} IT partners · ${spec.wins} wins together`, 32, 1, {
            fontWeight: 700,
            color: spec.accent,
          }),
        ]),
      );
    case 'initiative':
      return frame(
        spec,
        'Initiative',
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          el('div', { flexDirection: 'column' }, [
            clamped(spec.title, 72, 2, { fontWeight: 700, marginBottom: 24 }),
            clamped(spec.summary, 38, 3, { color: MUTED }),
          ]),
          clamped(spec.status, 32, 1, { fontWeight: 700, color: spec.accent }),
        ]),
      );
    case 'tool':
      return frame(
        spec,
        `Tool · ${spec.category}`,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          el('div', { flexDirection: 'column' }, [
            clamped(spec.name, 80, 1, { fontWeight: 700, marginBottom: 24 }),
            clamped(spec.summary, 38, 3, { color: MUTED }),
          ]),
          clamped(spec.ring, 40, 1, { fontWeight: 700, color: spec.accent }),
        ]),
      );
    case 'team':
      return frame(
        spec,
        'IT team',
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          el('div', { flexDirection: 'column' }, [
            clamped(spec.name, 80, 1, { fontWeight: 700, marginBottom: 24 }),
            clamped(spec.mission, 40, 3),
          ]),
          clamped(`${spec.members} ${spec.members === 1 ? 'person' : 'people'}`, 32, 1, {
            fontWeight: 700,
            color: spec.accent,
          }),
        ]),
      );
  }
}

/** All the words a card shows, to pick the font subsets it needs. */
export function cardText(spec: CardSpec): string {
  return Object.values(spec)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}
