import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './vite-precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  // The "@/…" imports are declared once, in tsconfig.json.
  resolve: { tsconfigPaths: true },
  server: {
    port: 5173,
    strictPort: true,
    // Same origin as in production, where the API serves the built app itself.
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    environment: 'jsdom',
    // Globs are relative to `dir`, so the specs are src/**/*.spec.ts(x) with or without `--dir src`.
    dir: 'src',
    include: ['**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
