import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runOk } from '../lib/run';
import { makeTempDir } from '../lib/temp-dir';

export interface LocalCertificate {
  key: string;
  cert: string;
  /** PEM file of the certificate: give it to clients as NODE_EXTRA_CA_CERTS. */
  caFile: string;
  remove(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 (OpenSSL), for services clients insist on reaching over HTTPS. */
export async function localCertificate(): Promise<LocalCertificate> {
  const dir = await makeTempDir();
  const keyFile = join(dir.path, 'key.pem');
  const caFile = join(dir.path, 'cert.pem');
  await runOk('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    caFile,
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  ]);
  return {
    key: await readFile(keyFile, 'utf8'),
    cert: await readFile(caFile, 'utf8'),
    caFile,
    remove: dir.remove,
  };
}
