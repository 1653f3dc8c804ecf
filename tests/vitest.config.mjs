import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['packages/core/src/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/core.json' },
  },
});
