// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip, level 9) beside each FILE given, as
// the server sends them (tower-http's ServeDir picks the copy the browser accepts). Done once
// at build time, so the server never compresses these files per request, and at the best level.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const body = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
}
