import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The scripts our worker threads run, and the modules they import: plain JavaScript that
 * Node loads as it is (from the sources, under tsx or vitest, as from a build).
 */
export const THREAD_SCRIPTS: Record<string, readonly string[]> = {
  'src/main/core/site/siteFileWriterThread.mjs': ['src/main/core/site/siteFiles.mjs', 'src/main/core/site/siteFileWriterProtocol.mjs'],
};

/** Every file THREAD_SCRIPTS names, absolute. */
export const threadScriptFiles = (root: string): string[] =>
  Object.entries(THREAD_SCRIPTS).flatMap(([script, imports]) => [script, ...imports].map((file) => path.resolve(root, file)));

/**
 * Copies each thread script (with what it imports) beside every chunk that starts it. The
 * code finds its script as `new URL('./script.mjs', import.meta.url)`, which a Node build
 * leaves as it is (Vite rewrites such URLs for browsers only): relative to the chunk the
 * code ends up in, whatever that chunk is called or wherever it is.
 */
export function threadScripts(root: string): Plugin {
  return {
    name: 'inkpress-thread-scripts',
    apply: 'build',
    generateBundle(_options, bundle) {
      const emitted = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [script, imports] of Object.entries(THREAD_SCRIPTS)) {
          if (!chunk.code.includes(`new URL("./${path.posix.basename(script)}", import.meta.url)`)) continue;
          for (const file of [script, ...imports]) {
            const fileName = path.posix.join(path.posix.dirname(chunk.fileName), path.posix.basename(file));
            if (emitted.has(fileName)) continue;
            emitted.add(fileName);
            this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(path.resolve(root, file), 'utf8') });
          }
        }
      }
    },
  };
}
