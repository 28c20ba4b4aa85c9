// `npm start`: runs the bot locally. Starts Azurite on its default ports unless one already runs,
// then the Host with the web chat on http://localhost:5080. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { azuriteScript, ensureNodeModules, root } from './npm-packages.mjs';

const url = 'http://localhost:5080';
const ports = { blob: 10000, queue: 10001, table: 10002 };
const dataFolder = join(root, '.azurite'); // git-ignored
const logFile = join(dataFolder, 'azurite.log');

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
  });
}

async function storageListening() {
  return (await accepts(ports.table)) && (await accepts(ports.queue));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function startAzurite() {
  mkdirSync(dataFolder, { recursive: true });
  // Request logs go to a file so they do not drown the bot's console.
  const log = openSync(logFile, 'a');
  const azurite = spawn(process.execPath, [
    azuriteScript, '--location', dataFolder, '--skipApiVersionCheck', '--loose', '--disableProductStyleUrl',
    // Telemetry would phone home and keeps Node alive after SIGTERM has closed the services.
    '--disableTelemetry',
    '--blobPort', `${ports.blob}`, '--queuePort', `${ports.queue}`, '--tablePort', `${ports.table}`,
  ], { cwd: root, stdio: ['ignore', log, log] });
  const started = Date.now();
  while (!(await storageListening())) {
    if (azurite.exitCode !== null || Date.now() - started > 30_000) {
      azurite.kill();
      fail(`Azurite did not start. Its log (${logFile}):\n${readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`Azurite listening on 127.0.0.1:${ports.table} (tables) and :${ports.queue} (queues); data in .azurite/`);
  return azurite;
}

ensureNodeModules();
let azurite = null;
if (await storageListening()) {
  console.log(`Using the Azurite already listening on ports ${ports.queue} and ${ports.table}.`);
} else if ((await accepts(ports.table)) || (await accepts(ports.queue))) {
  fail(`Only one of ports ${ports.queue} and ${ports.table} is in use: stop whatever holds it, then retry.`);
} else {
  azurite = await startAzurite();
}

console.log(`Starting the bot; the web chat will be at ${url} once the host logs "Now listening".`);
const host = spawn('dotnet', ['run', '--project', join('src', 'ChatOpsItsm.Host'), '--no-launch-profile'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', ASPNETCORE_URLS: url },
});

async function stopAzurite() {
  if (!azurite || azurite.exitCode !== null || azurite.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => azurite.once('exit', resolve));
  azurite.kill();
  const timer = setTimeout(() => azurite.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// A terminal's Ctrl+C reaches the whole process group. A signal sent to this script alone is passed on
// as SIGTERM: `dotnet run` ignores a SIGINT of its own but forwards SIGTERM to the app.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => host.kill('SIGTERM'));
}
host.on('error', async (error) => {
  await stopAzurite();
  fail(`Could not run dotnet: ${error.message}`);
});
host.on('exit', async (code, signal) => {
  await stopAzurite();
  console.log(azurite ? 'Bot and Azurite stopped.' : 'Bot stopped.');
  process.exit(code ?? (signal ? 0 : 1));
});
