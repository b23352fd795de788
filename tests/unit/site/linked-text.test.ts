import { describe, expect, it } from 'vitest';
import { linkedText } from '../../../src/lib/site/linked-text.ts';

describe('web addresses in plain text', () => {
  it('become links, without the punctuation that ends the sentence', () => {
    expect(linkedText('Request a licence at https://intranet.example/it/request/power-bi and book a course.')).toEqual([
      { text: 'Request a licence at ' },
      { text: 'https://intranet.example/it/request/power-bi', href: 'https://intranet.example/it/request/power-bi' },
      { text: ' and book a course.' },
    ]);
    expect(linkedText('Ask at https://portal.example/ask.')).toEqual([
      { text: 'Ask at ' },
      { text: 'https://portal.example/ask', href: 'https://portal.example/ask' },
      { text: '.' },
    ]);
  });

  it('leave text without an address, or with a javascript: one, as text', () => {
    expect(linkedText('Ask the Service Desk.')).toEqual([{ text: 'Ask the Service Desk.' }]);
    expect(linkedText('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
  });
});
