// Starts Azurite's Table service from node_modules as a child process, and stops it again.
// Shared by `npm start` and the test run, so both use the same, real Table Storage emulator.
'use strict';
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const ACCOUNT = 'devstoreaccount1';
// Azurite's well-known development key (public, documented by Microsoft; not a secret).
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function connectionString(port) {
  return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};TableEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`Azurite exited with code ${child.exitCode}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Azurite did not listen on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * @param {{ port?: number, location?: string, silent?: boolean }} options
 *   port: 0 or undefined picks a free port; location: a folder to persist data in (in memory when absent).
 * @returns {Promise<{ port: number, pid: number, connectionString: string, stop: () => Promise<void> }>}
 */
async function startAzurite(options = {}) {
  const port = options.port || (await freePort());
  const main = require.resolve('azurite/dist/src/table/main.js');
  const args = [main, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--skipApiVersionCheck', '--disableTelemetry'];
  if (options.location) args.push('--location', path.resolve(options.location));
  else args.push('--inMemoryPersistence');
  if (options.silent !== false) args.push('--silent');
  // Azurite is started directly with node (not through npx) so that its pid is the server's own.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    await waitForPort(port, child, 30000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}${stderr ? `\n${stderr}` : ''}`);
  }
  return { port, pid: child.pid, connectionString: connectionString(port), stop: () => stopProcess(child) };
}

/** SIGTERM, and SIGKILL if the process has not exited 5 s later; resolves once it has exited. */
function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

module.exports = { startAzurite, stopProcess, connectionString, freePort };
