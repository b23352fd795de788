/** Reads the site's URL and base path before Astro starts, applying ONE_TEAM_SITE and ONE_TEAM_BASE. */
import fs from 'node:fs';
import yaml from 'js-yaml';
import { siteAddressSchema } from '../../schemas/site.ts';
import { siteConfigFile } from '../content/folder.ts';
import { ContentError } from '../content/problems.ts';

export interface SiteAddress {
  url: string;
  base: string;
}

/** Accepts "/it", "it/" or "/it/" alike: people type base paths every which way. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function readSiteAddress(
  file = siteConfigFile(),
  env: Record<string, string | undefined> = process.env,
): SiteAddress {
  if (!fs.existsSync(file)) {
    throw new ContentError([
      {
        file,
        field: '',
        message:
          'the site config file is missing → create site.yaml at the root of the content folder (see docs/content-model.md)',
      },
    ]);
  }
  const raw = (yaml.load(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const fromEnv = {
    url: env.ONE_TEAM_SITE?.trim() || raw.url,
    base: env.ONE_TEAM_BASE?.trim()
      ? normaliseBase(env.ONE_TEAM_BASE)
      : typeof raw.base === 'string'
        ? normaliseBase(raw.base)
        : raw.base,
  };
  const parsed = siteAddressSchema.safeParse(fromEnv);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}
