// Worker thread body: analyses the texts it is sent and posts the Docs back.
import { parentPort } from 'node:worker_threads';
import { analyzeDocs } from './index.js';
import type { AnalyzeJob, AnalyzeReply } from './pool.js';

parentPort?.on('message', (job: AnalyzeJob) => {
  // the job's articles stage by stage (analyzeDocs): the same Docs as one by one, for less CPU
  const docs = analyzeDocs(job.items);
  const reply: AnalyzeReply = {
    jobId: job.jobId,
    docs: job.items.map((item, i) => {
      const d = docs[i]!;
      return d instanceof Error ? { id: item.id, error: d.message } : { id: item.id, doc: d };
    }),
  };
  parentPort?.postMessage(reply);
});
