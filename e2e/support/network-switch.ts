import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A TCP relay between the browser and the server that can be switched off: the network as the
 * server sees it. Switched off, it drops every open connection and refuses new ones, so nothing
 * the browser sends reaches the server, whichever part of Chromium sends it (a page, or a service
 * worker that Playwright's offline emulation and routing do not always cover).
 */
export interface NetworkSwitch {
  /** The server's address through the relay: what the browser should open. */
  baseUrl: string;
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export async function startNetworkSwitch(serverBaseUrl: string): Promise<NetworkSwitch> {
  const target = new URL(serverBaseUrl);
  let online = true;
  const open = new Set<Socket>();
  const relay = createServer((client) => {
    if (!online) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    setOnline(value: boolean) {
      online = value;
      if (!online) for (const socket of [...open]) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of [...open]) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}
