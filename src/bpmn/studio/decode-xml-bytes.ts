/** Turns the bytes of an XML file into text by its byte-order mark or its declared encoding (ISO-8859-1 and others), and says UTF-8 from then on. */
import { NotBpmnError } from './studio-moddle.ts';

const DECLARATION = /^<\?xml[^>]*?\?>/;
const DECLARED_ENCODING = /\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/;

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The text of the file, without a byte-order mark, with the declaration's encoding replaced by UTF-8 (the text is a
 * JavaScript string now, and is written back as UTF-8). Invalid bytes for the encoding are refused, not replaced.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  let encoding = byteOrderMark(bytes);
  if (!encoding) {
    // The declaration is ASCII in every encoding an XML file may declare without a byte-order mark.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    encoding = DECLARATION.exec(head)?.[0].match(DECLARED_ENCODING)?.[2] ?? 'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new NotBpmnError(`The file declares the encoding "${encoding}", which is not supported: save it as UTF-8.`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new NotBpmnError(`The file is not valid ${encoding.toUpperCase()} text.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(DECLARATION, (declaration) => declaration.replace(DECLARED_ENCODING, 'encoding="UTF-8"'));
}
