import { defineConfig } from 'vitest/config';

// Multi-page build: each page is its own small entry; the WAR serves target/frontend as its root.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../../target/frontend',
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: {
      input: {
        lobby: 'index.html',
        event: 'event.html',
        stage: 'stage.html',
        admin: 'admin.html',
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
