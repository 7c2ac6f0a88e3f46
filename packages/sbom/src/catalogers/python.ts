import type { Cataloger, CatalogResult, Component, Unread } from '../model';
import { purl, pypiPurlName } from '../purl';
import { metadataHeaders } from './control-fields';

const DIST_INFO = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
/** An egg-info is a directory holding PKG-INFO, or (distutils, Debian's packages) a single file. */
const EGG_INFO = /(?:^|\/)[^/]+\.egg-info(?:\/PKG-INFO)?$/;

const LICENSE_CLASSIFIER = /^License :: (?:OSI Approved :: )?(.+)$/;

/**
 * Python distributions: `*.dist-info/METADATA` (wheels, pip) and `*.egg-info` / `PKG-INFO`
 * (setuptools, distutils). The license is `License-Expression` when given, else `License`
 * (one line only: some put the whole text there), else the trove classifiers.
 */
export const pythonCataloger: Cataloger = {
  name: 'python',
  wants: (path) => DIST_INFO.test(path) || EGG_INFO.test(path),
  catalog(tree): CatalogResult {
    const components: Component[] = [];
    const unread: Unread[] = [];
    for (const path of tree.paths()) {
      if (!DIST_INFO.test(path) && !EGG_INFO.test(path)) continue;
      const file = tree.resolve(path);
      if (!file) continue;
      const headers = metadataHeaders(file.data.toString('utf8'));
      const first = (key: string) => headers.find(([name]) => name === key)?.[1];
      const name = first('name');
      const version = first('version');
      if (!name || !version) {
        unread.push({ path, reason: 'no Name or Version header' });
        continue;
      }
      const expression = first('license-expression');
      const license = first('license');
      const classifiers = headers
        .filter(([key]) => key === 'classifier')
        .map(([, value]) => LICENSE_CLASSIFIER.exec(value)?.[1])
        .filter((value): value is string => Boolean(value));
      const licenses = expression
        ? [expression]
        : license && license !== 'UNKNOWN' && !license.includes('\n')
          ? [license]
          : classifiers;
      components.push({
        ecosystem: 'pypi',
        name,
        version,
        purl: purl({ type: 'pypi', name: pypiPurlName(name), version }),
        licenses,
        foundIn: path,
        ...(file.layer ? { layer: file.layer } : {}),
        dependsOn: headers
          .filter(([key, value]) => key === 'requires-dist' && !value.includes('extra =='))
          .map(([, value]) => /^[A-Za-z0-9._-]+/.exec(value)?.[0] ?? '')
          .filter(Boolean),
      });
    }
    return { components, unread };
  },
};
