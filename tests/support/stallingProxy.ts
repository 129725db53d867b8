// A real TCP server between the app and Azurite that can start to hang: until `stall()` it passes
// bytes both ways; after it, it still accepts every connection but never answers, and stops
// passing bytes on the connections it already has. This is how a storage account looks when its
// network path hangs, without mocking anything inside the SDK.
import net from 'node:net';
import { AddressInfo } from 'node:net';

export interface StallingProxy {
  port: number;
  /** Connections accepted so far (each try of the SDK's retry policy opens or reuses one). */
  readonly accepted: number;
  /** Requests that arrived while stalled (bytes received and never answered). */
  readonly heldRequests: number;
  stall(): void;
  close(): Promise<void>;
}

/** `targetPort` undefined: a server that hangs from the start. */
export async function startStallingProxy(targetPort?: number): Promise<StallingProxy> {
  const sockets = new Set<net.Socket>();
  let stalled = targetPort === undefined;
  let accepted = 0;
  let heldRequests = 0;
  const pairs: Array<{ client: net.Socket; upstream: net.Socket }> = [];

  const hold = (client: net.Socket) => {
    client.on('data', () => (heldRequests += 1));
    // An unpiped stream stays paused; read on, so what arrives is counted (and never answered).
    client.resume();
  };

  const server = net.createServer((client) => {
    accepted += 1;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (stalled || targetPort === undefined) return hold(client);
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    pairs.push({ client, upstream });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    get accepted() {
      return accepted;
    },
    get heldRequests() {
      return heldRequests;
    },
    stall() {
      stalled = true;
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        hold(client);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
