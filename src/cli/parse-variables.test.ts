/** `--var` values: JSON when they parse, text otherwise; a pair without a name is refused. */
import { describe, expect, it } from 'vitest';
import { parseVariables } from './parse-variables.ts';

describe('parseVariables', () => {
  it('given JSON values, then they keep their types; other values stay text', () => {
    expect(parseVariables(['dials=45', 'leadFound=true', 'sources=["expired","fsbo"]', 'area={"zip":"60601"}', 'note=null', 'leadSource=expired', 'quote="5"'])).toEqual({
      dials: 45,
      leadFound: true,
      sources: ['expired', 'fsbo'],
      area: { zip: '60601' },
      note: null,
      leadSource: 'expired',
      quote: '5',
    });
  });

  it('given a value with = in it or an empty value, then everything after the first = is the value', () => {
    expect(parseVariables(['formula=a=b', 'empty='])).toEqual({ formula: 'a=b', empty: '' });
  });

  it('given a pair without a name, then it says how to write it', () => {
    expect(() => parseVariables(['=5'])).toThrow('--var =5: write it as name=value');
    expect(() => parseVariables(['dials'])).toThrow('write it as name=value');
  });

  it('given __proto__ as a name, then it is an ordinary key the server will refuse, and nothing is polluted', () => {
    const variables = parseVariables(['__proto__={"polluted":true}']);
    expect(Object.keys(variables)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
