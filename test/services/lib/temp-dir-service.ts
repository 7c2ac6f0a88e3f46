import { makeTempDir } from './temp-dir';
import type { TempDir } from './temp-dir';

/**
 * Start a service whose files live in a fresh temp dir: `launch` binds a port of freePort(); as another process
 * can take that port before the bind, "address already in use" is retried with a new one. The service's stop()
 * also removes the dir, and a failed start leaves nothing behind.
 */
export async function startInTempDir<T extends { stop(): Promise<void> }>(
  prefix: string,
  launch: (dir: TempDir) => Promise<T>,
): Promise<T> {
  const dir = await makeTempDir(prefix);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const service = await launch(dir);
        return {
          ...service,
          stop: async () => {
            await service.stop();
            await dir.remove();
          },
        };
      } catch (err) {
        if (attempt < 3 && String(err).includes('address already in use')) continue;
        throw err;
      }
    }
  } catch (err) {
    await dir.remove();
    throw err;
  }
}
