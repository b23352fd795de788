/** The two links at the foot of a page: site.yaml's feedback form for that page, and its source file's editor. */
import path from 'node:path';
import { contentFolder } from '../content/folder.ts';

export interface PageForFeedback {
  /** The page's full address, https:// and all. */
  url: string;
  /** The page's own title, without the site's. */
  title: string;
}

/**
 * The feedback form's address for one page: every `{url}` and `{title}` replaced by the page's address and
 * title, URL-encoded, so that `&` or `#` in a title cannot end the form's query early.
 */
export function feedbackFormLink(form: string, page: PageForFeedback): string {
  return form.replaceAll('{url}', encodeURIComponent(page.url)).replaceAll('{title}', encodeURIComponent(page.title));
}

/**
 * The entry file's place in the content folder, `/` between folders, from the path Astro stores (relative to the
 * project root): `src/content/people/ada.md` → `people/ada.md`. Undefined for a file outside the folder, which
 * the editor could not open under `editUrl`.
 */
export function pathInContentFolder(
  filePath: string,
  { projectRoot, contentFolder }: { projectRoot: string; contentFolder: string },
): string | undefined {
  const relative = path.relative(contentFolder, path.resolve(projectRoot, filePath));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * The editor's address for a file in the content folder: `editUrl` followed by the file's path, each folder and
 * the name encoded on its own, so `Zoë Müller.md` or `周杰.md` reach the editor intact and the `/`s stay folders.
 */
export function editLink(editUrl: string, fileInContentFolder: string): string {
  const encoded = fileInContentFolder.split('/').map(encodeURIComponent).join('/');
  return `${editUrl.endsWith('/') ? editUrl : `${editUrl}/`}${encoded}`;
}

/**
 * Both links for one page, each only when site.yaml names its address. `sourceFile` is the entry's `filePath`, as
 * Astro stores it relative to the project root (where the build runs); the content folder may lie outside it.
 */
export function pageFeedbackLinks(
  site: { feedback?: string; editUrl?: string },
  page: PageForFeedback & { sourceFile?: string },
  folders = { projectRoot: process.cwd(), contentFolder: contentFolder() },
): { formLink?: string; editLink?: string } {
  const file = page.sourceFile ? pathInContentFolder(page.sourceFile, folders) : undefined;
  return {
    formLink: site.feedback ? feedbackFormLink(site.feedback, page) : undefined,
    editLink: site.editUrl && file ? editLink(site.editUrl, file) : undefined,
  };
}
