/**
 * Topic and editorial files (data/**.mdx) are data, not code: an `import` or `export` in one could
 * put any file of the machine on the site (`import x from '/etc/passwd?raw'`). This MDX plugin
 * stops the build at the first one, naming the file. Pages of the site (src/pages/) may import
 * components as usual.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';

export function noImportsInData(dataDir: string): MdastPluginDefinition {
  const root = dataDir.endsWith('/') ? dataDir : `${dataDir}/`;
  return {
    name: 'parley-no-imports-in-data',
    mdxjsEsm(node, context) {
      const file = context.fileURL ? fileURLToPath(context.fileURL) : '';
      if (!file.startsWith(root)) return;
      const statement = (node as { value?: string }).value?.split('\n')[0] ?? '';
      throw new Error(
        `${file}: data files may not import or export anything (found “${statement}”); write the text itself, or move what needs code to src/pages/`,
      );
    },
  };
}
