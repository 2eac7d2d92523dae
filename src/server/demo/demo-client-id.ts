/** A UUID version 5 (SHA-1, name-based) for a demo event: the same seed and name give the same client id, so running the demo again stores nothing twice. */
import { createHash } from 'node:crypto';

/** The demo's own namespace (a version 4 UUID chosen once). */
const DEMO_NAMESPACE = Buffer.from('6f1c2f5e9d3b4c7aa1e08b2d4f6a9c31', 'hex');

export function demoClientId(name: string): string {
  const hash = createHash('sha1').update(DEMO_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
