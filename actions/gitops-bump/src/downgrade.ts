import { errorMessage } from '@shipchain/action-runtime';
import { parseImageReference, registryClientFromEnv, type RegistryClient } from '@shipchain/oci-client';

const CREATED_LABEL = 'org.opencontainers.image.created';

/**
 * When each digest was built, by its `org.opencontainers.image.created` label (or the config's
 * `created`), read from the registry once per digest. An unreachable registry is an error:
 * the guard was asked for and cannot be skipped silently.
 */
export class BuildDates {
  private client?: Promise<RegistryClient>;
  private readonly dates = new Map<string, Promise<Date | undefined>>();

  constructor(
    private readonly image: string,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly insecure: boolean,
  ) {}

  created(digest: string): Promise<Date | undefined> {
    let date = this.dates.get(digest);
    if (!date) {
      date = this.read(digest);
      this.dates.set(digest, date);
    }
    return date;
  }

  private async read(digest: string): Promise<Date | undefined> {
    const { registry, repository } = parseImageReference(this.image, 'image');
    this.client ??= registryClientFromEnv(registry, this.env, this.insecure);
    try {
      const client = await this.client;
      let manifest = JSON.parse((await client.getManifest(repository, digest)).bytes.toString('utf8'));
      if (Array.isArray(manifest.manifests) && manifest.manifests[0]?.digest)
        manifest = JSON.parse(
          (await client.getManifest(repository, manifest.manifests[0].digest)).bytes.toString('utf8'),
        );
      const configDigest = manifest.config?.digest;
      if (typeof configDigest !== 'string') return undefined;
      const config = JSON.parse((await client.getBlob(repository, configDigest)).toString('utf8'));
      const stamp = config.config?.Labels?.[CREATED_LABEL] ?? config.created;
      const date = typeof stamp === 'string' ? new Date(stamp) : undefined;
      return date && !Number.isNaN(date.getTime()) ? date : undefined;
    } catch (error) {
      throw new Error(
        `forbid-downgrade needs the build dates of ${this.image}@${digest}, and the registry did not give them: ${errorMessage(error)}`,
        { cause: error },
      );
    }
  }
}

export interface DowngradeVerdict {
  refused?: string;
  warnings: string[];
}

/** Refuse when any current digest was built after the new one. */
export async function checkDowngrade(
  dates: BuildDates,
  image: string,
  newDigest: string,
  current: Array<{ digest: string; where: string }>,
): Promise<DowngradeVerdict> {
  const warnings: string[] = [];
  const newDate = await dates.created(newDigest);
  if (!newDate)
    return {
      warnings: [
        `forbid-downgrade could not compare: ${image}@${newDigest} has no ${CREATED_LABEL} label or created time.`,
      ],
    };
  for (const { digest, where } of current) {
    if (digest === newDigest) continue;
    const oldDate = await dates.created(digest);
    if (!oldDate) {
      warnings.push(
        `forbid-downgrade could not compare ${where}: ${image}@${digest} has no ${CREATED_LABEL} label.`,
      );
      continue;
    }
    if (oldDate > newDate)
      return {
        refused: `${where} pins ${image}@${digest}, built ${oldDate.toISOString()}, newer than ${newDigest} (built ${newDate.toISOString()}); forbid-downgrade keeps it.`,
        warnings,
      };
  }
  return { warnings };
}
