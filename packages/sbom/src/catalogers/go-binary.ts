import { posix } from 'node:path';
import type { EntrySink } from '../image/tar-reader';
import type { Cataloger, CatalogResult, Component, Unread } from '../model';
import { purl } from '../purl';

/** Go 1.13+ writes its build info behind this marker, 16-byte aligned, in every executable it links. */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ELF = Buffer.from('\x7fELF', 'latin1');
const HEADER = 32;
/** Enough for the module list of a very large program; the rest of the binary is never kept. */
const BLOB_LIMIT = 2 * 1024 * 1024;

/** Keeps what a cataloger finds while a file streams by (a Go binary's build info, not the binary). */
export type Sniffer = (store: (data: Buffer) => void) => EntrySink;

const uvarint = (data: Buffer, start: number): { value: number; next: number } | undefined => {
  let value = 0;
  let shift = 0;
  for (let index = start; index < data.length && shift < 35; index += 1) {
    const byte = data[index] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return { value, next: index + 1 };
    shift += 7;
  }
  return undefined;
};

/** `length`: how many bytes from the marker on the build info takes. */
export type BuildInfo = { goVersion: string; modinfo: string; length: number } | 'pointer-format';

/**
 * The Go version and module info after the marker: Go 1.18+ writes both inline as length-prefixed
 * strings (flag bit 2); older linkers wrote pointers into the data segment, not read here.
 * Undefined while the blob is still too short.
 */
export function parseBuildInfo(blob: Buffer): BuildInfo | undefined {
  if (blob.length < HEADER) return undefined;
  if (((blob[15] ?? 0) & 0x2) === 0) return 'pointer-format';
  const versionLength = uvarint(blob, HEADER);
  if (!versionLength || versionLength.next + versionLength.value > blob.length) return undefined;
  const goVersion = blob
    .subarray(versionLength.next, versionLength.next + versionLength.value)
    .toString('utf8');
  const modLength = uvarint(blob, versionLength.next + versionLength.value);
  if (!modLength || modLength.next + modLength.value > blob.length) return undefined;
  const length = modLength.next + modLength.value;
  let modinfo = blob.subarray(modLength.next, length);
  // The module info sits between two 16-byte sentinels.
  if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a) modinfo = modinfo.subarray(16, -16);
  return { goVersion, modinfo: modinfo.toString('utf8'), length };
}

/**
 * Watches an executable stream by: an ELF file is scanned for the build-info marker (across chunk
 * boundaries, at 16-byte-aligned offsets) and only the bytes from the marker on are kept, until
 * they parse. Anything else is dropped at its first four bytes.
 */
export const goBuildInfoSniffer: Sniffer = (store) => {
  let state: 'header' | 'scan' | 'collect' | 'done' = 'header';
  let seen = 0;
  let carry = Buffer.alloc(0);
  const collected: Buffer[] = [];
  let collectedLength = 0;
  const finish = () => {
    state = 'done';
    const blob = Buffer.concat(collected);
    const info = parseBuildInfo(blob);
    // Keep the build info only, not the rest of the chunk it arrived in.
    if (blob.length > 0)
      store(
        info && info !== 'pointer-format'
          ? Buffer.from(blob.subarray(0, info.length))
          : blob.subarray(0, HEADER),
      );
  };
  return {
    write(chunk) {
      if (state === 'done') return;
      // A view, not a copy: an executable that is not Go streams by whole, and only the carry
      // and the collected build info are kept beyond this call (both copied below).
      let data =
        carry.length > 0
          ? Buffer.concat([carry, chunk])
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const base = seen - carry.length;
      seen += chunk.length;
      carry = Buffer.alloc(0);
      if (state === 'header') {
        if (data.length < ELF.length) {
          carry = Buffer.from(data);
          return;
        }
        if (!data.subarray(0, ELF.length).equals(ELF)) {
          state = 'done';
          return;
        }
        state = 'scan';
      }
      if (state === 'scan') {
        for (let at = data.indexOf(MAGIC); at !== -1; at = data.indexOf(MAGIC, at + 1))
          if ((base + at) % 16 === 0) {
            state = 'collect';
            data = data.subarray(at);
            break;
          }
        if (state === 'scan') {
          carry = Buffer.from(data.subarray(Math.max(0, data.length - (MAGIC.length - 1))));
          return;
        }
      }
      collected.push(Buffer.from(data));
      collectedLength += data.length;
      if (collectedLength >= BLOB_LIMIT || parseBuildInfo(Buffer.concat(collected)) !== undefined) finish();
    },
    end() {
      if (state === 'collect') finish();
    },
  };
};

const golangPurl = (path: string, version: string | undefined): string =>
  purl({
    type: 'golang',
    namespace: posix.dirname(path) === '.' ? undefined : posix.dirname(path),
    name: posix.basename(path),
    version,
  });

/**
 * Go executables: the main module, every dependency module with its version (a `=>` replacement
 * wins), and the Go standard library as `stdlib` at the toolchain's version.
 */
export const goBinaryCataloger: Cataloger = {
  name: 'go-binary',
  wants: () => false,
  catalog(tree): CatalogResult {
    const components: Component[] = [];
    const unread: Unread[] = [];
    for (const path of tree.paths()) {
      const node = tree.get(path);
      if (node?.kind !== 'file' || !node.data.subarray(0, MAGIC.length).equals(MAGIC)) continue;
      const info = parseBuildInfo(node.data);
      if (info === undefined || info === 'pointer-format') {
        unread.push({ path, reason: 'Go build info from before Go 1.18 (pointer format) is not read' });
        continue;
      }
      const add = (module: string, version: string | undefined) =>
        components.push({
          ecosystem: 'golang',
          name: module,
          version: version ?? '',
          purl: golangPurl(module, version),
          licenses: [],
          foundIn: path,
          ...(node.layer ? { layer: node.layer } : {}),
        });
      const modules: Array<{ path: string; version?: string }> = [];
      for (const line of info.modinfo.split('\n')) {
        const [kind, module, version] = line.split('\t');
        if ((kind === 'mod' || kind === 'dep') && module)
          modules.push({ path: module, ...(version ? { version } : {}) });
        if (kind === '=>' && module && modules.length > 0)
          modules[modules.length - 1] = { path: module, ...(version ? { version } : {}) };
      }
      for (const module of modules)
        add(module.path, module.version === '(devel)' ? undefined : module.version);
      add('stdlib', info.goVersion.replace(/^go/, 'v').split(' ')[0]);
    }
    return { components, unread };
  },
};
