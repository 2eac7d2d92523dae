/** Builds the web app with Vite when dist/web is missing or older than its sources, so `npm start` always serves the current UI. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIST_DIR = path.join(PROJECT_ROOT, 'dist/web');
const FINGERPRINT_FILE = path.join(WEB_DIST_DIR, '.source-fingerprint');
const SOURCES = ['src/web', 'src/api', 'vite.config.ts', 'package-lock.json'];

function listFiles(entry: string): string[] {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** A hash of every source file's path and content: cheap (a few hundred files), and immune to clock skew. */
export function computeWebSourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of listFiles(path.join(PROJECT_ROOT, source))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

export function isWebBuildCurrent(): boolean {
  if (!fs.existsSync(path.join(WEB_DIST_DIR, 'index.html'))) return false;
  const stored = fs.existsSync(FINGERPRINT_FILE) ? fs.readFileSync(FINGERPRINT_FILE, 'utf8').trim() : '';
  return stored === computeWebSourceFingerprint();
}

/** Returns the folder to serve; builds first when needed. */
export async function ensureWebBuild(log: (message: string) => void = console.log): Promise<string> {
  if (isWebBuildCurrent()) return WEB_DIST_DIR;
  log('Building the web app (first start, or its sources changed)...');
  const started = Date.now();
  const vite = await import('vite');
  // The served build is always a production one, even when the server runs under a test runner's NODE_ENV=test:
  // the build outlives the process and its fingerprint does not record the mode.
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
  }
  fs.writeFileSync(FINGERPRINT_FILE, `${computeWebSourceFingerprint()}\n`);
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return WEB_DIST_DIR;
}
