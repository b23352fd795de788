import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  editLink,
  feedbackFormLink,
  pageFeedbackLinks,
  pathInContentFolder,
} from '../../../src/lib/site/feedback-links.ts';

const FORM = 'https://forms.example.com/r/page?page={url}&title={title}';
const EDITOR = 'https://git.example.com/it/one-team/-/edit/main/src/content/';

describe('the "Tell us" link to the feedback form', () => {
  it("fills {url} and {title} with the page's address and title, URL-encoded", () => {
    expect(feedbackFormLink(FORM, { url: 'https://intranet.example.com/people/ada/', title: 'Ada Okafor' })).toBe(
      'https://forms.example.com/r/page?page=https%3A%2F%2Fintranet.example.com%2Fpeople%2Fada%2F&title=Ada%20Okafor',
    );
  });

  it('keeps &, # and ? in a title from ending the query early', () => {
    const link = feedbackFormLink(FORM, { url: 'https://i.example/', title: 'Q&A #3: why?' });
    expect(new URL(link).searchParams.get('title')).toBe('Q&A #3: why?');
    expect(new URL(link).hash).toBe('');
  });

  it('fills every placeholder, and leaves a form without them as it is', () => {
    const page = { url: 'https://i.example/', title: '李静' };
    expect(feedbackFormLink('https://f.example/?a={title}&b={title}', page)).toBe(
      'https://f.example/?a=%E6%9D%8E%E9%9D%99&b=%E6%9D%8E%E9%9D%99',
    );
    expect(feedbackFormLink('https://f.example/page-feedback', page)).toBe('https://f.example/page-feedback');
  });
});

describe('the "Suggest an edit" link to the source file', () => {
  it("adds the file's path in the content folder to editUrl", () => {
    expect(editLink(EDITOR, 'people/ada-okafor.md')).toBe(`${EDITOR}people/ada-okafor.md`);
  });

  it('encodes each folder and file name on its own, keeping the slashes between them', () => {
    expect(editLink(EDITOR, 'people/Zoë Müller.md')).toBe(`${EDITOR}people/Zo%C3%AB%20M%C3%BCller.md`);
    expect(editLink(EDITOR, 'people/李静.md')).toBe(`${EDITOR}people/%E6%9D%8E%E9%9D%99.md`);
    expect(editLink(EDITOR, 'wins/50% faster #1.mdx')).toBe(`${EDITOR}wins/50%25%20faster%20%231.mdx`);
  });

  it('finds the path inside the content folder from the path Astro stores, relative to the project', () => {
    const projectRoot = path.resolve('/srv/one-team');
    expect(
      pathInContentFolder('src/content/people/ada.md', {
        projectRoot,
        contentFolder: path.join(projectRoot, 'src/content'),
      }),
    ).toBe('people/ada.md');
  });

  it('finds it in a content folder kept outside the project (ONE_TEAM_CONTENT)', () => {
    expect(
      pathInContentFolder('../org-content/teams/core-it.md', {
        projectRoot: path.resolve('/srv/one-team'),
        contentFolder: path.resolve('/srv/org-content'),
      }),
    ).toBe('teams/core-it.md');
  });

  it('gives no path for a file outside the content folder', () => {
    const folders = {
      projectRoot: path.resolve('/srv/one-team'),
      contentFolder: path.resolve('/srv/one-team/src/content'),
    };
    expect(pathInContentFolder('src/other/people/ada.md', folders)).toBeUndefined();
    expect(pathInContentFolder('src/content', folders)).toBeUndefined();
  });
});

describe("a page's feedback links", () => {
  const projectRoot = path.resolve('/srv/one-team');
  const folders = { projectRoot, contentFolder: path.join(projectRoot, 'src/content') };
  const page = { url: 'https://i.example/people/ada/', title: 'Ada', sourceFile: 'src/content/people/ada.md' };

  it('gives both links when site.yaml names both addresses', () => {
    expect(pageFeedbackLinks({ feedback: FORM, editUrl: EDITOR }, page, folders)).toEqual({
      formLink: 'https://forms.example.com/r/page?page=https%3A%2F%2Fi.example%2Fpeople%2Fada%2F&title=Ada',
      editLink: `${EDITOR}people/ada.md`,
    });
  });

  it('gives neither when site.yaml names neither', () => {
    expect(pageFeedbackLinks({}, page, folders)).toEqual({ formLink: undefined, editLink: undefined });
  });

  it('gives no edit link to a page not made from one file (a list, the home page)', () => {
    const { sourceFile: _, ...list } = page;
    expect(pageFeedbackLinks({ feedback: FORM, editUrl: EDITOR }, list, folders).editLink).toBeUndefined();
  });
});
