import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;
// One page for the workspace (its views chosen by address), and the 403 and 404 pages.
const pages = ['index', 'forbidden', 'managers-only', 'designers-and-managers', 'not-found'];

// Vite 7: Vite 8 wants an optional package the npm registry here does not serve.
// Built by Maven (exec-maven-plugin, phase generate-resources) into the jar's static/ folder.
export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(here, '../../../target/classes/static'),
    emptyOutDir: true,
    // Every image a file of its own: no data: URIs to allow beyond 'self'.
    assetsInlineLimit: 0,
    // The form renderer (form-js) is about 530 kB; it loads on the task page only.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page, resolve(here, `${page}.html`)])),
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [here],
        logger: {
          warn(message, { deprecation, stack }) {
            // MoJ Frontend 11 still calls one deprecated GOV.UK mixin; nothing for us to change.
            if (message.includes('"govuk-text-colour"')) return;
            console.warn(`${deprecation ? 'DEPRECATION ' : ''}WARNING: ${message}\n${stack ?? ''}`);
          },
        },
      },
    },
  },
});
