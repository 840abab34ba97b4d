// Layer boundaries of ARCHITECTURE.md as one small local ESLint rule: an import's target is
// resolved (aliases `@/`, `@mocks/`, `@tests/`, relative paths) to a project path and checked
// against zones. Written in-repo because the usual plugin pulls native resolver binaries that
// are not all published to the registry our CI installs from.
import path from 'node:path';

const under = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/** Project-relative path of an import, or undefined for packages. */
function resolveImport(root, fromFile, specifier) {
  const aliases = { '@/': 'src/', '@mocks/': 'mocks/', '@tests/': 'tests/' };
  for (const [alias, folder] of Object.entries(aliases)) {
    if (specifier.startsWith(alias)) return folder + specifier.slice(alias.length);
  }
  if (specifier.startsWith('.')) {
    return path.relative(root, path.resolve(path.dirname(fromFile), specifier)).split(path.sep).join('/');
  }
  return undefined;
}

const matchesAny = (file, entries = []) =>
  entries.some((entry) => (entry instanceof RegExp ? entry.test(file) : under(file, entry)));

export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Lower layers never import higher ones; features never import each other.' },
    schema: [{ type: 'object', additionalProperties: true }],
  },
  create(context) {
    const { root, zones } = context.options[0];
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const active = zones.filter((zone) => matchesAny(file, zone.target) && !matchesAny(file, zone.except));
    if (active.length === 0) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = resolveImport(root, context.filename, source.value);
      if (target === undefined) return;
      for (const zone of active) {
        if (matchesAny(target, zone.from) && !matchesAny(target, zone.allow)) {
          context.report({ node: source, message: zone.message });
        }
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
