/** The site's links under the base path Astro was configured with; for pages and components. */
import { createLinks, type Links } from './links.ts';

export const links: Links = createLinks(import.meta.env.BASE_URL);
