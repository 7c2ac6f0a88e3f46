import { posix } from 'node:path';
import type { FileTree } from '../file-tree';
import type { Cataloger, CatalogResult, Component } from '../model';
import { purl } from '../purl';
import { controlParagraphs } from './control-fields';
import { distroQualifier } from './os-release';

const STATUS = 'var/lib/dpkg/status';
const DISTROLESS = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;

/** `Source: name (version)`, or `Source: name` when the version is the binary's own. */
function sourceOf(
  field: string | undefined,
  name: string,
  version: string,
): { name: string; version: string } {
  const match = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(field ?? '');
  return { name: match?.[1] ?? name, version: match?.[2] ?? version };
}

/** The package names a `Depends`/`Pre-Depends` field lists (first of each alternative, no `:arch`). */
function dependencyNames(...fields: Array<string | undefined>): string[] {
  const names = fields
    .flatMap((field) => (field ?? '').split(','))
    .map(
      (part) =>
        part
          .split('|')[0]
          ?.trim()
          .split(/[\s(:]/)[0] ?? '',
    )
    .filter(Boolean);
  return [...new Set(names)];
}

/** License names a machine-readable (DEP-5) copyright file declares, in first-seen order. */
function copyrightLicenses(text: string): string[] {
  if (!/^Format:\s*\S*copyright-format/m.test(text)) return [];
  const names = [...text.matchAll(/^License:[ \t]*(\S[^\n]*)$/gm)].map((match) => (match[1] ?? '').trim());
  return [...new Set(names)];
}

/**
 * Debian packages: the dpkg status database (only packages whose status is `installed`) and the
 * one-file-per-package `status.d/` directory distroless images carry instead. Licenses come from
 * each package's machine-readable copyright file where the image still has it.
 */
export const dpkgCataloger: Cataloger = {
  name: 'dpkg',
  wants: (path) => path === STATUS || DISTROLESS.test(path) || COPYRIGHT.test(path),
  catalog(tree: FileTree, context): CatalogResult {
    const components: Component[] = [];
    const databases = tree
      .paths()
      .filter((path) => path === STATUS || (DISTROLESS.test(path) && !path.endsWith('.md5sums')));
    for (const path of databases) {
      const file = tree.resolve(path);
      if (!file) continue;
      for (const fields of controlParagraphs(file.data.toString('utf8'))) {
        const name = fields.get('package');
        const version = fields.get('version');
        const status = fields.get('status');
        // status.d entries have no Status field: being there means installed.
        if (!name || !version || (status !== undefined && status.split(/\s+/)[2] !== 'installed')) continue;
        const arch = fields.get('architecture');
        const copyright = tree.read(posix.join('usr/share/doc', name, 'copyright'));
        components.push({
          ecosystem: 'deb',
          name,
          version,
          purl: purl({
            type: 'deb',
            namespace: context.os?.id ?? 'debian',
            name,
            version,
            qualifiers: { arch, distro: distroQualifier(context.os) },
          }),
          licenses: copyright ? copyrightLicenses(copyright.toString('utf8')) : [],
          foundIn: path,
          ...(file.layer ? { layer: file.layer } : {}),
          source: sourceOf(fields.get('source'), name, version),
          dependsOn: dependencyNames(fields.get('pre-depends'), fields.get('depends')),
        });
      }
    }
    return { components, unread: [] };
  },
};
