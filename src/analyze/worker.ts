// Worker thread body: analyses the texts it is sent and posts the Docs back.
import { parentPort } from 'node:worker_threads';
import { analyzeItem, type AnalyzeJob, type AnalyzeReply } from './pool.js';

parentPort?.on('message', (job: AnalyzeJob) => {
  const reply: AnalyzeReply = { jobId: job.jobId, docs: job.items.map(analyzeItem) };
  parentPort?.postMessage(reply);
});
