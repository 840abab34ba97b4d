import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '@/lib/api-contract/openapi';

/** `npm run openapi`: writes the API contract for backend implementers. */
const target = new URL('../public/openapi.json', `file://${process.cwd()}/scripts/`);
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
