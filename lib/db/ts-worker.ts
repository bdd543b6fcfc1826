import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

// (inside Next's server bundle a module has no import.meta.dirname; the server runs from the root)
function projectRoot(): string {
  return import.meta.dirname ? path.resolve(import.meta.dirname, "../..") : process.cwd();
}

// Node 20 does not apply the parent's --import loader hooks (tsx) to a worker's entry
// module, so a worker boots from a line of JavaScript that registers tsx itself and then
// imports the TypeScript entry (with the project's path aliases). Works in a clean clone:
// nothing is compiled ahead.
function bootCode(entry: string): string {
  const root = projectRoot();
  // (the bare name resolves from the server's working directory, the root, when the bundle has no resolver)
  const tsxApi = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
  const href = pathToFileURL(path.join(root, entry)).href;
  const tsconfig = path.join(root, "tsconfig.json");
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(href)}); });`;
}

// Starts the TypeScript module `entry` (relative to the project root) on a worker thread and
// resolves once the worker has posted its first message (it is ready), or rejects if it
// fails or exits first. serverOnly: the worker resolves imports with the "react-server"
// condition, so modules guarded by "server-only" load there even when this process (Next's
// server) was not started with it.
// resourceLimits: the worker's heap bounds (a streaming worker needs little; a smaller young
// generation is collected sooner, which keeps the process's resident memory down).
export function startTsWorker(entry: string, workerData: unknown, options: { serverOnly?: boolean; resourceLimits?: ResourceLimits } = {}): Promise<Worker> {
  const execArgv = options.serverOnly && !process.execArgv.some((a) => a.includes("react-server")) ? [...process.execArgv, "--conditions=react-server"] : undefined;
  const worker = new Worker(bootCode(entry), { eval: true, workerData, execArgv, resourceLimits: options.resourceLimits });
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      void worker.terminate();
      reject(error instanceof Error ? error : new Error(`the worker exited with code ${String(error)}`));
    };
    worker.once("error", fail);
    worker.once("exit", fail);
    worker.once("message", () => {
      worker.off("error", fail);
      worker.off("exit", fail);
      resolve(worker);
    });
  });
}
