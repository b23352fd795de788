/** Headings of a reading page: the ids sections get, and the "On this page" list built from them. */

export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** "Wins that moved it forward" → "wins-that-moved-it-forward"; letters of any script are kept. */
export function sectionId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** In reading order: the page's own sections above the body, the body's h2 and h3 headings, the sections below. */
export function onThisPage(
  bodyHeadings: readonly PageHeading[],
  sectionsAfter: ReadonlyArray<string | false | undefined> = [],
  sectionsBefore: ReadonlyArray<string | false | undefined> = [],
): PageHeading[] {
  const sections = (titles: ReadonlyArray<string | false | undefined>) =>
    titles
      .filter((title): title is string => Boolean(title))
      .map((text) => ({ depth: 2, slug: sectionId(text), text }));
  return [
    ...sections(sectionsBefore),
    ...bodyHeadings.filter((heading) => heading.depth === 2 || heading.depth === 3),
    ...sections(sectionsAfter),
  ];
}
