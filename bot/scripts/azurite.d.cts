export interface RunningAzurite {
  port: number;
  pid: number;
  connectionString: string;
  stop(): Promise<void>;
}
export function startAzurite(options?: { port?: number; location?: string; silent?: boolean }): Promise<RunningAzurite>;
export function connectionString(port: number): string;
export function freePort(): Promise<number>;
export function stopProcess(child: import('node:child_process').ChildProcess): Promise<void>;
