// Monaco runs its language services in web workers. graphiql 5 leaves loading them to the host page
// (its setup-workers modules cover Vite, webpack and a CDN); here each worker is its own bundle, built
// beside this one, and its URL is written into this bundle at build time.
declare const MONACO_WORKER_URLS: { editor: string; json: string; graphql: string };

interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

(globalThis as typeof globalThis & { MonacoEnvironment: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    const url = label === 'json' ? MONACO_WORKER_URLS.json : label === 'graphql' ? MONACO_WORKER_URLS.graphql : MONACO_WORKER_URLS.editor;
    return new Worker(url, { name: `monaco-${label}` });
  },
};
