// Finds the Chromium the browser tests run in, and installs Debian's package when none is present.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** Flags for a headless Chromium on a closed network, possibly as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error(missingMessage());
  return path;
}

function missingMessage() {
  if (process.env.CHROME_PATH) {
    return `CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there. Point it at a Chromium or Chrome binary.`;
  }
  return [
    'The browser tests need Chromium and none was found.',
    `Looked in: ${CANDIDATES.join(', ')}.`,
    'Install it (Debian/Ubuntu: sudo apt-get install -y chromium)',
    'or set CHROME_PATH to a Chromium or Chrome binary, then run the tests again.',
  ].join('\n');
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Returns a Chromium path, installing Debian's `chromium` package first when the machine has none
 * and this process may (root with apt-get). Exits with a message saying what to do otherwise.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env.CHROME_PATH && isRoot && hasCommand('apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(missingMessage());
  process.exit(1);
}
