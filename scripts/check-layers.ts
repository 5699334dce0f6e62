import { resolve } from 'node:path';
import { checkLayers } from './layers';

const violations = checkLayers(resolve(import.meta.dirname, '..'));
for (const v of violations) console.error(`${v.file}:${v.line}: "${v.specifier}" — ${v.rule}`);
if (violations.length) {
  console.error(`\n${violations.length} import-layer violation(s); see docs/architecture.md, "Layers".`);
  process.exit(1);
}
console.log('Import layers: OK');
