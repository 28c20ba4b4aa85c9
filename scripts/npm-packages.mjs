// Shared by start.mjs and test.mjs: the repository root and the pinned npm packages (Azurite).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const azuriteScript = join(root, 'node_modules', 'azurite', 'dist', 'src', 'azurite.js');

// npm is a .cmd shim on Windows, which Node only spawns through a shell.
const shell = process.platform === 'win32';

/** Installs package.json's devDependencies when Azurite is missing: `npm ci`, else `npm install`. */
export function ensureNodeModules() {
  if (existsSync(azuriteScript)) {
    return;
  }
  const hasLockfile = existsSync(join(root, 'package-lock.json'));
  console.log(`Azurite is not installed yet: running npm ${hasLockfile ? 'ci' : 'install'}...`);
  const npm = (command) => spawnSync('npm', [command], { cwd: root, stdio: 'inherit', shell }).status === 0;
  if (!(hasLockfile && npm('ci')) && !npm('install')) {
    console.error('Installing the npm packages failed; see the output above.');
    process.exit(1);
  }
}
