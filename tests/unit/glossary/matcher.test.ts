import { describe, expect, it } from 'vitest';
import { collidingPhrases, createTermMatcher } from '../../../src/lib/glossary/matcher.ts';

const matcher = createTermMatcher([
  { termId: 'sla', phrase: 'SLA' },
  { termId: 'sla', phrase: 'service level agreement' },
  { termId: 'service', phrase: 'service' },
  { termId: 'api', phrase: 'API' },
  { termId: 'pod', phrase: 'POD (proof of delivery)' },
  { termId: 'month-end', phrase: 'month-end close' },
  { termId: 'rue', phrase: 'Échéance' },
]);

const found = (text: string) => matcher.findAll(text).map((m) => [m.termId, text.slice(m.start, m.end)]);

describe('finding glossary terms in text', () => {
  it('matches terms and aliases whatever their case', () => {
    expect(found('Our sla and the Service Level Agreement')).toEqual([
      ['sla', 'sla'],
      ['sla', 'Service Level Agreement'],
    ]);
  });

  it('matches whole words only', () => {
    expect(found('APIs, rapid, SLAs and an API.')).toEqual([['api', 'API']]);
  });

  it('prefers the longest phrase where phrases overlap', () => {
    expect(found('the service level agreement and the service')).toEqual([
      ['sla', 'service level agreement'],
      ['service', 'service'],
    ]);
  });

  it('treats line breaks and repeated spaces inside a phrase as one space', () => {
    expect(found('our service\n  level agreement')).toEqual([['sla', 'service\n  level agreement']]);
  });

  it('matches phrases with punctuation and accents as written', () => {
    expect(found('Attach the POD (proof of delivery) after the month-end close. échéance!')).toEqual([
      ['pod', 'POD (proof of delivery)'],
      ['month-end', 'month-end close'],
      ['rue', 'échéance'],
    ]);
  });

  it('finds terms in scripts written without spaces, at the word edges the Unicode segmenter finds', () => {
    const unspaced = createTermMatcher([
      { termId: 'warehouse', phrase: '数据仓库' },
      { termId: 'service-desk', phrase: '服务台' },
      { termId: 'month-end', phrase: '月末決算' },
      { termId: 'customer-data', phrase: 'ข้อมูลลูกค้า' },
      { termId: 'sla', phrase: 'SLA' },
    ]);
    const inText = (text: string) => unspaced.findAll(text).map((m) => [m.termId, text.slice(m.start, m.end)]);
    expect(inText('我们的数据仓库每天更新。')).toEqual([['warehouse', '数据仓库']]);
    expect(inText('请联系服务台处理SLA问题')).toEqual([
      ['service-desk', '服务台'],
      ['sla', 'SLA'],
    ]);
    expect(inText('月末決算は四日で終わります')).toEqual([['month-end', '月末決算']]);
    expect(inText('ระบบข้อมูลลูกค้าของเรา')).toEqual([['customer-data', 'ข้อมูลลูกค้า']]);
    // Not from the middle of a word: 据仓 starts inside 数据.
    expect(createTermMatcher([{ termId: 'x', phrase: '据仓' }]).findAll('我们的数据仓库')).toEqual([]);
  });

  it('stays fast with 2,000 terms', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ termId: `t${i}`, phrase: `term number ${i}` }));
    const big = createTermMatcher(many);
    const text = 'Plain prose about orders, invoices and term number 1999 in a warehouse. '.repeat(400);
    const started = performance.now();
    const mentions = big.findAll(text);
    expect(mentions).toHaveLength(400);
    expect(mentions[0]?.termId).toBe('t1999');
    // Generous on purpose: the point is one pass, not a loop of 2,000 regular expressions.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reports phrases that two terms claim', () => {
    expect(
      collidingPhrases([
        { termId: 'pod', phrase: 'POD' },
        { termId: 'kubernetes-pod', phrase: 'pod' },
        { termId: 'sla', phrase: 'SLA' },
      ]),
    ).toEqual([{ phrase: 'pod', termIds: ['kubernetes-pod', 'pod'] }]);
  });
});
