import { describe, expect, it } from 'vitest';
import { cjkBigrams, isCjk, parseSearchTerms, toPrefixTsQuery } from './search-terms';

describe('parseSearchTerms', () => {
  it('keeps only letters and digits, lowercased', () => {
    expect(parseSearchTerms("  Kenkä's  & | ! :* (42) ")).toEqual({
      words: ['kenkä', 's', '42'],
      text: 'kenkä s 42',
    });
  });

  it('returns null when nothing searchable is left', () => {
    expect(parseSearchTerms("'; drop table products; --")).toEqual({
      words: ['drop', 'table', 'products'],
      text: 'drop table products',
    });
    expect(parseSearchTerms('%_*&|!()')).toBeNull();
    expect(parseSearchTerms('')).toBeNull();
  });

  it('caps the number of words', () => {
    expect(parseSearchTerms('a b c d e f g h i j k')?.words).toHaveLength(8);
  });
});

describe('toPrefixTsQuery', () => {
  it('requires every word and lets the last one be a prefix', () => {
    expect(toPrefixTsQuery({ words: ['running', 'sho'], text: 'running sho' })).toBe('running & sho:*');
  });
});

describe('CJK helpers', () => {
  it('recognises Chinese text', () => {
    expect(isCjk('咖啡机')).toBe(true);
    expect(isCjk('kahvi')).toBe(false);
  });

  it('splits CJK runs into overlapping pairs and ignores Latin words', () => {
    expect(cjkBigrams('露营帐蓬')).toEqual(['露营', '营帐', '帐蓬']);
    expect(cjkBigrams('索尼 WH 耳')).toEqual(['索尼', '耳']);
  });
});
