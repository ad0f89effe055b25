// Worker thread body: analyses the texts it is sent and posts the Docs back.
import { parentPort } from 'node:worker_threads';
import { analyzeDoc } from './index.js';
import type { AnalyzeJob, AnalyzeReply } from './pool.js';

parentPort?.on('message', (job: AnalyzeJob) => {
  const reply: AnalyzeReply = { jobId: job.jobId, docs: [] };
  for (const item of job.items) {
    try {
      reply.docs.push({ id: item.id, doc: analyzeDoc(item.text, item.published, item.furniture) });
    } catch (err) {
      reply.docs.push({ id: item.id, error: (err as Error).message });
    }
  }
  parentPort?.postMessage(reply);
});
