// One fresh `pitchline serve --demo` per spec file (and project): its own temporary
// database and upload directory on its own port. Specs import `test` and `expect` from
// here instead of @playwright/test, so no spec sees what another spec (or an earlier run)
// wrote, and the suite passes in any order and twice in a row.
//
// The server is started lazily by the `baseURL` fixture for the first test of a file, kept
// for the file's other tests (they run in order in one worker), and stopped when the worker
// moves to the next file or shuts down. Playwright restarts a worker after a failed test;
// the next test of that file then gets a new server too (its own fresh database).
//
// Environment (scripts/test.sh sets all of it):
//   PITCHLINE_BIN        the release binary (default $CARGO_TARGET_DIR/release/pitchline,
//                        CARGO_TARGET_DIR defaulting to ~/.cache/pitchline/target)
//   LEPTOS_SITE_ROOT     the built site (default ../target/site); hash.txt must sit beside
//                        the binary, where cargo-leptos writes it
//   PITCHLINE_E2E_LOGS   where each server's log goes (default: inside its temporary dir,
//                        which is then kept when the server fails to start)
import { test as base, expect } from "@playwright/test";
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

export { expect };

const STARTUP_DEADLINE_MS = 60_000;
const STOP_DEADLINE_MS = 10_000;

function binaryPath(): string {
  if (process.env.PITCHLINE_BIN) return process.env.PITCHLINE_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), ".cache/pitchline/target");
  return path.join(target, "release", "pitchline");
}

function siteRoot(): string {
  return process.env.LEPTOS_SITE_ROOT ?? path.resolve(__dirname, "../../target/site");
}

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

class Server {
  private constructor(
    readonly key: string,
    readonly url: string,
    readonly child: ChildProcess,
    readonly dir: string,
    readonly log: string,
  ) {}

  /** Starts a server on a fresh database and waits (with a deadline) until /healthz answers. */
  static async start(key: string): Promise<Server> {
    const bin = binaryPath();
    if (!fs.existsSync(bin)) {
      throw new Error(`no pitchline binary at ${bin}: build it (cargo leptos build --release) or set PITCHLINE_BIN`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitchline-e2e-"));
    const logDir = process.env.PITCHLINE_E2E_LOGS ?? dir;
    fs.mkdirSync(logDir, { recursive: true });
    const slug = key.replace(/[^a-zA-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    const log = path.join(logDir, `server-${slug}.log`);
    // The OS might hand the port to someone else between freePort() and the server's bind:
    // the server then exits at once, and we try another port.
    let lastError = "";
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const addr = `127.0.0.1:${port}`;
      const out = fs.openSync(log, "a");
      const child = spawn(bin, ["serve", "--demo"], {
        env: {
          ...process.env,
          DATABASE_URL: `sqlite://${dir}/e2e.db?mode=rwc`,
          PITCHLINE_DATA_DIR: path.join(dir, "data"),
          LEPTOS_SITE_ADDR: addr,
          PITCHLINE_PUBLIC_URL: `http://${addr}`,
          LEPTOS_SITE_ROOT: siteRoot(),
          LEPTOS_OUTPUT_NAME: "pitchline",
          LEPTOS_SITE_PKG_DIR: "pkg",
          LEPTOS_ENV: "PROD",
          LEPTOS_HASH_FILES: "true",
          RUST_BACKTRACE: "0",
        },
        stdio: ["ignore", out, out],
      });
      fs.closeSync(out);
      const server = new Server(key, `http://${addr}`, child, dir, log);
      const healthy = await server.waitHealthy();
      if (healthy === "ok") return server;
      lastError = healthy;
      await server.stop({ keepFiles: true });
      if (!/address already in use/i.test(tail(log))) break;
    }
    throw new Error(`pitchline server for ${key} did not start: ${lastError}\n--- ${log}\n${tail(log)}`);
  }

  private async waitHealthy(): Promise<string> {
    const deadline = Date.now() + STARTUP_DEADLINE_MS;
    let last = "no answer yet";
    while (Date.now() < deadline) {
      if (exited(this.child)) return `exited with ${this.child.exitCode ?? this.child.signalCode}`;
      try {
        const res = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
        // Someone else on the port would answer too: only count it while our child lives.
        if (res.ok && !exited(this.child)) return "ok";
        last = `status ${res.status}`;
      } catch (e) {
        last = String(e);
      }
      // Poll again once the child exits or 100 ms pass, whichever is first.
      await waitForExit(this.child, 100);
    }
    return `no healthy answer within ${STARTUP_DEADLINE_MS / 1000}s (last: ${last})`;
  }

  async stop({ keepFiles = false } = {}): Promise<void> {
    if (!exited(this.child)) {
      this.child.kill("SIGTERM");
      if (!(await waitForExit(this.child, STOP_DEADLINE_MS))) {
        this.child.kill("SIGKILL");
        await waitForExit(this.child, STOP_DEADLINE_MS);
      }
    }
    if (!keepFiles && !process.env.PITCHLINE_E2E_KEEP) {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

/** The one server of this worker, replaced whenever the spec file (or project) changes. */
class ServerPool {
  private current: Server | undefined;

  async serverFor(key: string): Promise<Server> {
    if (this.current?.key === key && !exited(this.current.child)) return this.current;
    await this.stop();
    this.current = await Server.start(key);
    return this.current;
  }

  async stop(): Promise<void> {
    const server = this.current;
    this.current = undefined;
    await server?.stop();
  }

  /** Last resort when the worker dies without teardown: never leave a server behind. */
  killNow(): void {
    if (this.current && !exited(this.current.child)) this.current.child.kill("SIGKILL");
  }
}

export const test = base.extend<{}, { pitchlineServers: ServerPool }>({
  pitchlineServers: [
    async ({}, use) => {
      const pool = new ServerPool();
      const onExit = () => pool.killNow();
      process.on("exit", onExit);
      await use(pool);
      await pool.stop();
      process.off("exit", onExit);
    },
    { scope: "worker", timeout: 2 * STARTUP_DEADLINE_MS },
  ],
  // Its own time budget: starting a server must not eat the first test's timeout.
  baseURL: [
    async ({ pitchlineServers }, use, testInfo) => {
      const key = `${path.relative(testInfo.project.testDir, testInfo.file)} [${testInfo.project.name}]`;
      const server = await pitchlineServers.serverFor(key);
      await use(server.url);
    },
    { scope: "test", timeout: 3 * STARTUP_DEADLINE_MS + 2 * STOP_DEADLINE_MS },
  ],
});
