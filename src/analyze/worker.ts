// Worker thread body: analyses the texts it is sent and posts the Docs back.
import { parentPort } from 'node:worker_threads';
import { analyzeItems, type AnalyzeJob, type AnalyzeReply } from './pool.js';

parentPort?.on('message', (job: AnalyzeJob) => {
  // the job's articles stage by stage (analyzeDocs): the same Docs as one by one, for less CPU
  const reply: AnalyzeReply = { jobId: job.jobId, docs: analyzeItems(job.items) };
  parentPort?.postMessage(reply);
});
