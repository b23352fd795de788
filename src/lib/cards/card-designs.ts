/**
 * The card designs: flat 1200×630 layouts as Satori element trees (no React needed), in the
 * organisation's look: its logo and name in a header band, its accent, and a page's cover when it has one.
 * Flat colour and few shapes keep the PNGs small and quick to rasterise; long text wraps and ends in an ellipsis.
 */
import type { CardSpec } from './card-specs.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-specs.ts';

/** Bump when a design changes, so every cached card is drawn again. */
export const CARD_DESIGN_VERSION = 6;

/** The photo on a person's card is drawn this many pixels square. */
export const CARD_PHOTO_SIZE = 300;

/** The header band, with the logo and the site's name, across the top of every card. */
export const CARD_HEADER_HEIGHT = 104;
/** The logo is drawn at most this size in the header band. */
export const CARD_LOGO_BOX = { width: 240, height: 56 } as const;
/** A cover fills the right 45% of the card below the header band. */
export const CARD_COVER_BOX = { width: 540, height: CARD_HEIGHT - CARD_HEADER_HEIGHT } as const;

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

/** A picture ready to draw: a data URL and the size it is drawn at. */
export interface CardPicture {
  src: string;
  width: number;
  height: number;
}

/** What a card shows besides words, each already read and sized by the renderer. */
export interface CardPictures {
  /** The person's photo, a data URL of the square JPEG from the built site. */
  photo?: string;
  logo?: CardPicture;
  cover?: CardPicture;
}

function el(type: string, style: Record<string, unknown>, children?: CardChild | CardChild[]): CardElement {
  return { type, props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } };
}

function img(picture: CardPicture, style: Record<string, unknown> = {}): CardElement {
  const { src, width, height } = picture;
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}

const INK = '#14171c';
const MUTED = '#4a5361';
const PAPER = '#ffffff';

/** The accent mixed towards white: `share` 0 is the accent, 1 is white. */
export function accentTint(accent: string, share: number): string {
  const value = Number.parseInt(accent.slice(1), 16);
  const mixed = [16, 8, 0].map((shift) => {
    const channel = (value >> shift) & 255;
    return Math.round(channel + (255 - channel) * share);
  });
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

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

/** The band every card shares: the logo and the site's name on white, an accent rule, and the card's label. */
function header(spec: CardSpec, label: string, logo: CardPicture | undefined): CardElement {
  return el(
    'div',
    {
      height: CARD_HEADER_HEIGHT,
      flexShrink: 0,
      alignItems: 'center',
      justifyContent: 'space-between',
      padding: '0 72px 0 64px',
      background: PAPER,
      borderBottom: `8px solid ${spec.accent}`,
      gap: 32,
      position: 'relative',
    },
    [
      el('div', { alignItems: 'center', gap: 20, minWidth: 0, flex: 1 }, [
        ...(logo ? [img(logo, { flexShrink: 0 })] : []),
        clamped(spec.siteTitle, 30, 1, { fontWeight: 700, color: INK, minWidth: 0 }),
      ]),
      pill(label, spec.accent),
    ],
  );
}

/**
 * The whole card: the header band over the card's own body. With a cover, the body's text keeps the left
 * 55% on white and the cover fills the rest; without one, the body lies on a tint of the accent, with a
 * disc of it in the corner, so no card is a blank white page.
 */
function frame(spec: CardSpec, label: string, pictures: CardPictures, body: CardElement): CardElement {
  const { cover } = pictures;
  const tint = accentTint(spec.accent, 0.9);
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      background: cover ? PAPER : tint,
      color: INK,
      fontFamily: 'card',
      fontWeight: 400,
      position: 'relative',
    },
    [
      ...(cover
        ? []
        : [
            el('div', {
              position: 'absolute',
              right: -140,
              bottom: -220,
              width: 480,
              height: 480,
              borderRadius: 240,
              background: accentTint(spec.accent, 0.8),
            }),
          ]),
      header(spec, label, pictures.logo),
      // Positioned, so it paints over the disc: CSS paints positioned boxes above the others, in order.
      el('div', { flex: 1, minHeight: 0, position: 'relative' }, [
        el(
          'div',
          {
            flexDirection: 'column',
            flex: 1,
            minWidth: 0,
            padding: cover ? '44px 48px 44px 64px' : '48px 72px 48px 64px',
          },
          [body],
        ),
        ...(cover ? [img(cover, { flexShrink: 0, objectFit: 'cover' })] : []),
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
        style: {
          width: size,
          height: size,
          borderRadius: size / 2,
          objectFit: 'cover',
          border: `6px solid ${PAPER}`,
          flexShrink: 0,
        },
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

/** Text beside a cover has 55% of the width: smaller, and a title may take a third line. */
const sized = (narrow: boolean) => (size: number) => (narrow ? Math.round(size * 0.8) : size);

/** The element tree for a card, with its pictures already read and sized by the renderer. */
export function cardDesign(spec: CardSpec, pictures: CardPictures = {}): CardElement {
  const narrow = Boolean(pictures.cover);
  const size = sized(narrow);
  const titleLines = narrow ? 3 : 2;
  switch (spec.kind) {
    case 'site':
      return frame(
        spec,
        'IT',
        pictures,
        el('div', { flexDirection: 'column', justifyContent: 'center', flex: 1 }, [
          clamped(spec.title, 88, 2, { fontWeight: 700, marginBottom: 24 }),
          clamped(spec.description, 40, 3, { color: MUTED }),
        ]),
      );
    case 'person':
      return frame(
        spec,
        'Person',
        pictures,
        el('div', { alignItems: 'center', flex: 1, gap: 56 }, [
          avatar(spec, pictures.photo),
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
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          clamped(spec.title, size(60), titleLines, { fontWeight: 700 }),
          el(
            'div',
            { flexDirection: 'column' },
            spec.change
              ? [
                  clamped(spec.change, size(96), 1, { fontWeight: 700, color: spec.accent }),
                  clamped(spec.metric ?? '', size(34), 1, { color: MUTED }),
                ]
              : [],
          ),
          clamped(`${spec.month} · ${spec.departments.join(', ')}`, size(30), 1, { color: MUTED }),
        ]),
      );
    case 'strategy':
      return frame(
        spec,
        `Strategy ${spec.order}`,
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          clamped(spec.title, 76, 2, { fontWeight: 700, marginBottom: 28 }),
          clamped(spec.summary, 38, 3, { color: MUTED }),
        ]),
      );
    case 'glossary':
      return frame(
        spec,
        'Glossary',
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          clamped(spec.term, 84, 1, { fontWeight: 700, marginBottom: 28 }),
          clamped(spec.definition, 38, 4),
        ]),
      );
    case 'story':
      return frame(
        spec,
        spec.section ?? 'Story',
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'center' }, [
          clamped(spec.label, size(30), 1, { color: MUTED, marginBottom: 20 }),
          clamped(spec.title, size(68), titleLines, { fontWeight: 700, marginBottom: 24 }),
          clamped(spec.summary, size(36), 3, { color: MUTED }),
        ]),
      );
    case 'department':
      return frame(
        spec,
        'Department',
        pictures,
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
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          el('div', { flexDirection: 'column' }, [
            clamped(spec.title, size(72), titleLines, { fontWeight: 700, marginBottom: 24 }),
            clamped(spec.summary, size(38), 3, { color: MUTED }),
          ]),
          clamped(spec.status, size(32), 1, { fontWeight: 700, color: spec.accent }),
        ]),
      );
    case 'tool':
      return frame(
        spec,
        `Tool · ${spec.category}`,
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          el('div', { flexDirection: 'column' }, [
            clamped(spec.name, 80, 1, { fontWeight: 700, marginBottom: 24 }),
            clamped(spec.summary, 38, 3, { color: MUTED }),
          ]),
          clamped(spec.ring, 40, 1, { fontWeight: 700, color: spec.accent }),
        ]),
      );
    case 'measure':
      return frame(
        spec,
        spec.section,
        pictures,
        el('div', { flexDirection: 'column', flex: 1, justifyContent: 'space-between' }, [
          clamped(spec.title, 56, 1, { fontWeight: 700 }),
          el('div', { flexDirection: 'column' }, [
            clamped(spec.figure, 120, 1, { fontWeight: 700, color: spec.accent }),
            clamped(spec.caption, 34, 3, { color: MUTED }),
          ]),
          clamped(spec.context, 30, 1, { fontWeight: 700 }),
        ]),
      );
    case 'team':
      return frame(
        spec,
        'IT team',
        pictures,
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

/** Fields that name files or colours, not words a card shows. */
const NOT_WORDS = new Set(['path', 'logo', 'cover', 'photo', 'accent', 'avatarColour']);

/** All the words a card shows, to pick the font subsets it needs. */
export function cardText(spec: CardSpec): string {
  return Object.entries(spec)
    .filter(([field]) => !NOT_WORDS.has(field))
    .map(([, value]) => value)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}
