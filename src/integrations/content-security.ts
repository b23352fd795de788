import type { AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy every page carries as a <meta>: everything from this site only. Astro
 * adds hashes for the scripts and styles it emits; these are the other directives the site needs.
 */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspConfig = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "form-action 'self'",
    "base-uri 'self'",
  ],
  // Pagefind's script is loaded from /pagefind/ and runs WebAssembly.
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  // Custom properties such as an avatar's colour and size are set in style attributes.
  styleDirective: {
    resources: [
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
};
