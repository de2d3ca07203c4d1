import { createServer } from 'node:net';
import { preview, type InlineConfig, type PreviewServer } from 'vite';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** `vite preview` of a built directory on a free localhost port. */
export async function servePreview(config: InlineConfig = {}): Promise<Served> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    ...config,
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
