import { defineConfig, type Plugin } from 'vitest/config';

/**
 * twilio-video builds a `new Function('url', 'return import(url)')` when it loads, for its optional
 * noise-cancellation plugin; the pages' Content-Security-Policy (script-src 'self', no 'unsafe-eval')
 * forbids that, so loading the SDK would fail. Marquee does not use noise cancellation: that one
 * module is replaced by one that says so.
 */
function twilioWithoutEval(): Plugin {
  return {
    name: 'marquee:twilio-without-eval',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]node_modules[\\/]twilio-video[\\/]es5[\\/]util[\\/]dynamicimport\.js$/.test(id)) return null;
      return "'use strict';\nmodule.exports = function dynamicImport(module) {\n"
        + "  return Promise.reject(new Error('Failed to import: ' + module + ': not available on Marquee pages'));\n};\n";
    },
  };
}

// Multi-page build: each page is its own small entry; the WAR serves target/frontend as its root.
export default defineConfig({
  base: '/',
  plugins: [twilioWithoutEval()],
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
        login: 'login.html',
        me: 'me.html',
        chat: 'chat.html',
        embed: 'embed.html',
      },
      // The video SDK in a chunk named after it (not "es5"), loaded by the pages of video-room stages only.
      output: {
        manualChunks: (id: string) => (/node_modules\/twilio-video\//.test(id) ? 'twilio-video' : undefined),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
