import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is three pages (manager, wallboard, rep) built into dist/renderer and served
// by the app's own HTTP listener; in Electron the windows load them from it too.
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [react()],
  define: { __FANFARE_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        manager: 'renderer/manager/index.html',
        wallboard: 'renderer/wallboard/index.html',
        rep: 'renderer/rep/index.html',
      },
      output: {
        // Libraries in cached chunks shared by the pages; the pages' own code apart. Charts and
        // the table have their own chunks, so the TV's wallboard never downloads them.
        manualChunks: (id: string) => {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/](chart\.js|react-chartjs-2|@kurkle)[\\/]/.test(id)) return 'charts';
          if (id.includes('@tanstack')) return 'table';
          return 'vendor';
        },
      },
    },
  },
  server: {
    // `npm run dev`: the UI from Vite with hot reload, everything else from a running app.
    proxy: { '/api': 'http://127.0.0.1:4870', '/wall': 'http://127.0.0.1:4870', '/login': 'http://127.0.0.1:4870', '/hooks': 'http://127.0.0.1:4870' },
  },
});
