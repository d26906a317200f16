import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

// The dashboard is served by the API server from dist/web at `/`; assets use relative URLs so it also works when
// mounted under a path prefix.
export default defineConfig({
  root: webDir,
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // ECharts (every chart view) and Cytoscape (loaded by the network view alone) are large by nature; each has
    // a chunk of its own, so a change to the dashboard's code does not make browsers fetch them again.
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          return undefined;
        },
      },
    },
  },
});
