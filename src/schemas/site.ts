/** site.yaml at the root of the content folder: who the site belongs to and where it is served. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { email, entryObject, fieldGroup, imageFile, localeTag, PHOTO_EXTENSIONS, text } from './fields.ts';

/** The part of the site config Astro needs before any content loads. */
export const siteAddressSchema = z.object({
  url: z
    .url({
      protocol: /^https?$/,
      error: 'must be the full address the site is served from, starting https:// → e.g. https://intranet.example.com',
    })
    .describe(
      'The address the site is served from. `ONE_TEAM_SITE` overrides it. Example: `https://intranet.example.com`',
    ),
  base: z
    .string({ error: 'must be a path starting and ending with "/" → e.g. /it/' })
    .regex(/^\/([^\s?#]*\/)?$/, { error: 'must be a path starting and ending with "/" → e.g. /it/' })
    .default('/')
    .describe(
      'The path under that address, starting and ending with `/`. `ONE_TEAM_BASE` overrides it. Example: `/it/`',
    ),
});

/** A web address as site.yaml links to it: http or https, no spaces (placeholders such as `{url}` are fine). */
const webAddress = (example: string) =>
  text(example).refine((value) => /^https?:\/\/[^\s]+$/.test(value), {
    error: `must be a web address starting https:// → e.g. ${example}`,
    abort: true,
  });

export const contactSchema = fieldGroup(
  {
    name: text('IT Communications').describe('Who readers write to about the site. Example: `IT Communications`'),
    email: email('it-comms@example.com').describe('Their address. Example: `it-comms@example.com`'),
    chat: text('#ask-it')
      .optional()
      .describe('A chat channel. Example: `"#ask-it"` (quoted: `#` starts a YAML comment)'),
  },
  '{ name: IT Communications, email: it-comms@example.com }',
);

/** The fewest answers a pulse group needs to be published, unless site.yaml says otherwise. */
export const MINIMUM_GROUP = 5;

export const siteSchema = (context: SchemaContext) =>
  entryObject({
    ...siteAddressSchema.shape,
    organisation: text('Northwind Logistics').describe('The company name. Example: `Northwind Logistics`'),
    title: text('Northwind IT').describe('The site name shown in the header and browser tab. Example: `Northwind IT`'),
    description: text('Who we are, what we do for you.').describe('One sentence used in link previews and feeds.'),
    logo: imageFile(context, [...PHOTO_EXTENSIONS, '.svg'])
      .optional()
      .describe('A logo file beside site.yaml (SVG allowed). Example: `./logo.svg`'),
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written #rrggbb → e.g. #0b6bcb' })
      .default('#0b6bcb')
      .describe(
        'The accent colour, #rrggbb: header bar, buttons, links and focus rings. Links and rings use a shade of it that reads at 4.5:1 on light and dark pages. Example: `#0b6bcb`',
      ),
    font: text('@fontsource/inter')
      .optional()
      .describe(
        'The brand font for text and headings: an installed `@fontsource` or `@fontsource-variable` package, or a font file (.woff2, .woff, .ttf, .otf) beside site.yaml. Served from the site itself. Without it, readers see their device\'s own font. Example: `"@fontsource/inter"` or `./fonts/brand.woff2`',
      ),
    typeScale: z
      .number({ error: 'must be a number between 1.1 and 1.5 → e.g. 1.25' })
      .min(1.1, { error: 'must be at least 1.1, or headings look like body text → e.g. 1.2' })
      .max(1.5, { error: 'must be at most 1.5, or headings crowd phone screens → e.g. 1.25' })
      .default(1.25)
      .describe(
        'How much each heading level grows over the one below: h4 is this many times body text, h1 its fourth power. Example: `1.2` (quiet) to `1.333` (bold)',
      ),
    timeZone: text('Europe/London')
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { error: 'must be a time zone name from the IANA list → e.g. Europe/London, Europe/Berlin, America/New_York' },
      )
      .default('UTC')
      .describe(
        "The organisation's home time zone, an IANA name: pages show event times in it, with its offset, as an intranet's regional settings do (calendars show each reader's own). Example: `Europe/London`",
      ),
    locale: localeTag('en-GB')
      .default('en-GB')
      .describe('Language and region for dates and sorting, a BCP 47 tag. Example: `en-GB`'),
    contact: contactSchema.describe('The comms team: `name`, `email`, optional `chat` (see below).'),
    readingGrade: z
      .number({ error: 'must be a number → e.g. 9' })
      .positive({ error: 'must be above 0 → e.g. 9' })
      .default(9)
      .describe(
        '`npm run check` warns about comms pages written above this reading grade (Flesch–Kincaid). Example: `9`',
      ),
    pulse: fieldGroup(
      {
        minimumGroup: z
          .number({ error: 'must be a whole number → e.g. 5' })
          .int({ error: 'must be a whole number → e.g. 5' })
          .min(3, { error: 'must be at least 3, or a single answer could be told apart → e.g. 5' })
          .default(MINIMUM_GROUP)
          .describe(
            'The fewest answers a group may have for its figure to be published; smaller groups are left out of every figure, so that nobody can be singled out. Example: `5`',
          ),
      },
      '{ minimumGroup: 5 }',
    )
      .default({ minimumGroup: MINIMUM_GROUP })
      .describe('How the perception pulse is published: `minimumGroup` (see below).'),
    toolProposals: text('https://forms.example.com/propose-a-tool')
      .refine((value) => /^https?:\/\/[^\s]+$/.test(value) || /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value), {
        error:
          'must be a web address starting https:// or an email address → e.g. https://forms.example.com/propose-a-tool',
      })
      .optional()
      .describe(
        "Where employees propose a tool: a form's address or an email address. Without it, proposals go to `contact.email`. Example: `https://intranet.example.com/forms/propose-a-tool`",
      ),
    feedback: webAddress('https://forms.example.com/page-feedback?page={url}&title={title}')
      .optional()
      .describe(
        'A form where readers say whether a page was useful: every page then ends with "Was this page useful? Tell us", linking here. `{url}` and `{title}` are replaced by the page\'s full address and its title, URL-encoded, so a prefilled Microsoft Forms or Google Forms link knows which page is meant. Example: `https://forms.example.com/page-feedback?page={url}&title={title}`',
      ),
    editUrl: webAddress('https://git.example.com/it/one-team/-/edit/main/src/content/')
      .refine((value) => value.endsWith('/'), {
        error: (issue) =>
          `must end with "/", since the path of a page's file in the content folder is added after it → write ${String(issue.input)}/`,
      })
      .optional()
      .describe(
        'The address of the content folder in your repository\'s web editor, ending with `/`: every page made from one file (a profile, a team, a win…) then offers "Suggest an edit", linking to that file: this address followed by the file\'s path inside the content folder, e.g. `people/ada-okafor.md`. Example: `https://git.example.com/it/one-team/-/edit/main/src/content/`',
      ),
  });

export type SiteInput = z.input<ReturnType<typeof siteSchema>>;
