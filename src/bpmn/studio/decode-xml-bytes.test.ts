/** decodeXmlBytes: a file's bytes become text by its byte-order mark or declared encoding, and say UTF-8 afterwards. */
import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from './decode-xml-bytes.ts';
import { NotBpmnError } from './studio-moddle.ts';

describe('decodeXmlBytes', () => {
  it('given ISO-8859-1 bytes declared as such, when decoded, then accents survive and the declaration says UTF-8', () => {
    const text = decodeXmlBytes(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><a n="Zoé"/>', 'latin1'));
    expect(text).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a n="Zoé"/>');
  });

  it('given a UTF-16 file with its byte-order mark, or UTF-8 with one, when decoded, then the mark is gone', () => {
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a n="é"/>', 'utf16le')]))).toBe('<a n="é"/>');
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a/>')]))).toBe('<a/>');
  });

  it('given an unknown encoding or bytes invalid in the declared one, when decoded, then it is refused, not guessed', () => {
    expect(() => decodeXmlBytes(Buffer.from('<?xml version="1.0" encoding="x-martian"?><a/>'))).toThrow(NotBpmnError);
    expect(() => decodeXmlBytes(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a n="Zoé"/>', 'latin1'))).toThrow('not valid UTF-8');
  });
});
