/** The components MDX content can use without importing them: one for each schema in src/schemas/components.ts. */
import type { MdxComponentName } from '../../schemas/index.ts';
import Callout from './Callout.astro';
import Metric from './Metric.astro';
import Person from './Person.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Metric, Person, Term } satisfies Record<MdxComponentName, unknown>;
