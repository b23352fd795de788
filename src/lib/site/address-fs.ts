/** Reads the site's URL and base path before Astro starts, applying ONE_TEAM_SITE and ONE_TEAM_BASE. */
import fs from 'node:fs';
import { siteAddressSchema } from '../../schemas/site.ts';
import { siteConfigFile } from '../content/folder.ts';
import { AstroError } from 'astro/errors';
import { readYaml } from '../content/yaml.ts';

export interface SiteAddress {
  url: string;
  base: string;
}

/** Accepts "/it", "it/" or "/it/" alike: people type base paths every which way. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * site.yaml's fields as written, before any content loads (for astro.config and the cards): nothing when the
 * file is missing or not YAML, since the content check reports that, with the rest of the content's problems.
 */
export function siteYamlAsWritten(file = siteConfigFile()): Record<string, unknown> {
  try {
    const read = fs.existsSync(file) ? readYaml(fs.readFileSync(file, 'utf8')) : undefined;
    return read && typeof read === 'object' && !Array.isArray(read) ? (read as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Where a site.yaml that cannot be read points Astro, so that its configuration loads and the content
 * loaders report every problem of site.yaml, with lines, as `npm run check` does.
 */
export const PLACEHOLDER_ADDRESS: SiteAddress = { url: 'https://intranet.invalid', base: '/' };

export function readSiteAddress(
  file = siteConfigFile(),
  env: Record<string, string | undefined> = process.env,
): SiteAddress {
  const raw = siteYamlAsWritten(file);
  const written = siteAddressSchema.safeParse({
    url: raw.url,
    base: typeof raw.base === 'string' ? normaliseBase(raw.base) : raw.base,
  });
  const address = written.success ? written.data : PLACEHOLDER_ADDRESS;
  const overrides = { ONE_TEAM_SITE: env.ONE_TEAM_SITE?.trim(), ONE_TEAM_BASE: env.ONE_TEAM_BASE?.trim() };
  const parsed = siteAddressSchema.safeParse({
    url: overrides.ONE_TEAM_SITE || address.url,
    base: overrides.ONE_TEAM_BASE ? normaliseBase(overrides.ONE_TEAM_BASE) : address.base,
  });
  if (!parsed.success) {
    // Only an environment variable can be wrong here; site.yaml's own mistakes were set aside above.
    const [issue] = parsed.error.issues;
    const variable = issue?.path[0] === 'base' ? 'ONE_TEAM_BASE' : 'ONE_TEAM_SITE';
    throw new AstroError(
      `${variable}="${overrides[variable]}" ${issue?.message ?? 'is not valid'}`,
      `Set ${variable} as in the README, or leave it out to use site.yaml.`,
    );
  }
  return parsed.data;
}
