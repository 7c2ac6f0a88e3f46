import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileTree } from '../file-tree';
import type { Cataloger, CatalogResult, Component, Unread } from '../model';
import { purl } from '../purl';
import { distroQualifier } from './os-release';

const SQLITE = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/rpmdb\.sqlite(?:-wal|-shm)?$/;
/** The older databases: present means packages this cataloger cannot list, so they are named. */
const OLDER = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/(Packages|Packages\.db)$/;

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
};

/** An rpm header blob (as rpmdb stores it): index entries, then the data they point into. */
function headerFields(blob: Uint8Array): Map<number, string | number> {
  const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const count = data.readUInt32BE(0);
  const store = 8 + count * 16;
  const fields = new Map<number, string | number>();
  for (let index = 0; index < count; index += 1) {
    const entry = 8 + index * 16;
    const [tag, type, offset] = [
      data.readUInt32BE(entry),
      data.readUInt32BE(entry + 4),
      data.readInt32BE(entry + 8),
    ];
    if (type === 4) fields.set(tag, data.readUInt32BE(store + offset));
    else if (type === 6 || type === 8 || type === 9) {
      const start = store + offset;
      fields.set(tag, data.subarray(start, data.indexOf(0, start)).toString('utf8'));
    }
  }
  return fields;
}

/** `name-version-release.src.rpm` split from the right, as names may hold dashes. */
function sourceOf(sourceRpm: string | undefined): { name: string; version: string } | undefined {
  const match = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(sourceRpm ?? '');
  return match ? { name: match[1] ?? '', version: `${match[2]}-${match[3]}` } : undefined;
}

type SqliteModule = {
  DatabaseSync: new (
    path: string,
    options?: { readOnly?: boolean },
  ) => {
    prepare(sql: string): { all(): Array<Record<string, unknown>> };
    close(): void;
  };
};

/**
 * RPM packages from rpmdb.sqlite (rpm 4.16+), read with Node's built-in node:sqlite from a private
 * temporary copy. Node without node:sqlite (before 22.5), and the BerkeleyDB and ndb databases, are
 * named as not read, and every other cataloger still runs.
 */
export const rpmCataloger: Cataloger = {
  name: 'rpm',
  wants: (path) => SQLITE.test(path) || OLDER.test(path),
  catalog(tree: FileTree, context): CatalogResult {
    const components: Component[] = [];
    const unread: Unread[] = [];
    for (const path of tree.paths()) {
      const older = OLDER.exec(path);
      if (older)
        unread.push({
          path,
          reason: `an rpm ${older[1] === 'Packages' ? 'BerkeleyDB' : 'ndb'} database, which is not read (only rpmdb.sqlite is)`,
        });
    }
    const database = tree.paths().find((path) => path.endsWith('rpmdb.sqlite'));
    if (!database) return { components, unread };
    const sqlite = process.getBuiltinModule?.('node:sqlite') as SqliteModule | undefined;
    if (!sqlite) {
      unread.push({
        path: database,
        reason: `node:sqlite is not in this Node (${process.version}); run the action on Node 24`,
      });
      return { components, unread };
    }
    const file = tree.resolve(database)!;
    const directory = mkdtempSync(join(tmpdir(), 'sbom-rpmdb-'));
    try {
      for (const suffix of ['', '-wal', '-shm']) {
        const data = tree.read(`${database}${suffix}`);
        if (data) writeFileSync(join(directory, `rpmdb.sqlite${suffix}`), data);
      }
      const db = new sqlite.DatabaseSync(join(directory, 'rpmdb.sqlite'));
      // All or nothing: a database that fails half-way is named as unread, not half-listed.
      const read: Component[] = [];
      try {
        for (const row of db.prepare('SELECT blob FROM Packages').all()) {
          const fields = headerFields(row.blob as Uint8Array);
          const text = (tag: number) => fields.get(tag) as string | undefined;
          const name = text(TAG.name);
          if (!name || name === 'gpg-pubkey') continue;
          const version = `${text(TAG.version)}-${text(TAG.release)}`;
          const epoch = fields.get(TAG.epoch) as number | undefined;
          const license = text(TAG.license);
          const source = sourceOf(text(TAG.sourceRpm));
          read.push({
            ecosystem: 'rpm',
            name,
            version,
            purl: purl({
              type: 'rpm',
              namespace: context.os?.id ?? 'redhat',
              name,
              version,
              qualifiers: {
                arch: text(TAG.arch),
                epoch: epoch === undefined ? undefined : String(epoch),
                distro: distroQualifier(context.os),
              },
            }),
            licenses: license ? [license] : [],
            foundIn: database,
            ...(file.layer ? { layer: file.layer } : {}),
            ...(source ? { source } : {}),
          });
        }
      } finally {
        db.close();
      }
      components.push(...read);
    } catch (error) {
      unread.push({
        path: database,
        reason: `not read as an rpm sqlite database (${(error as Error).message})`,
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    return { components, unread };
  },
};
