import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Debian's nginx, unless `NGINX_PATH` points elsewhere. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, for the server block's `listen`. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs nginx in the foreground as a child process, with its own prefix,
 * error log and pid file in a temporary folder, serving `serverBlock`
 * (which must listen on 127.0.0.1:`port`). Throws with the install command
 * when nginx is missing, and with the error log when it does not start.
 */
export async function startNginx(serverBlock: string, port: number): Promise<Nginx> {
  if (!fs.existsSync(NGINX_PATH)) {
    throw new Error(
      `nginx not found at ${NGINX_PATH}. The hosting test needs it: run "apt-get install -y nginx", or set NGINX_PATH.`,
    );
  }
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  const errorLog = path.join(prefix, 'error.log');
  const mimeTypes = ['/etc/nginx/mime.types'].find((f) => fs.existsSync(f));
  fs.writeFileSync(path.join(prefix, 'site.conf'), serverBlock);
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : 'types { text/html html; text/css css; text/javascript js; image/svg+xml svg; application/xml xml; text/plain txt; }'}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const child = spawn(NGINX_PATH, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill('SIGTERM');
    const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '';
    throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}\n${log}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(prefix, {recursive: true, force: true});
    },
  };
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after 10 s`);
}
