// A jargon phrase ending a sentence that an inline component follows ("…the WLAN. <Person /> is…") was
// missed: with the component dropped, the full stop stuck to the word and "WLAN." no longer matched.
import { expect, it } from 'vitest';
import { findAvoidedPhrases } from '../../src/lib/markdown/plain-language.ts';

it('finds a phrase right before an inline component', async () => {
  const found = await findAvoidedPhrases(
    'The first tablet joins the WLAN. <Person id="sam-lee" /> is already on call.',
    [{ termId: 'wifi', phrases: ['WLAN'], useInstead: 'Wi-Fi' }],
    { mdx: true },
  );
  expect(found).toEqual([{ line: 1, column: 28, found: 'WLAN', useInstead: 'Wi-Fi', termId: 'wifi' }]);
});
