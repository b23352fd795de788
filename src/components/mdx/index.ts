/** The components MDX content can use without importing them. */
import Callout from './Callout.astro';
import Metric from './Metric.astro';
import Person from './Person.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Metric, Person, Term };
