// Worker thread body of a refresh's analysis pool (analysisWork.ts): analyses what it is sent and posts back each
// analysis with what is derived from it.
import { parentPort } from 'node:worker_threads';
import type { AnalyzeJob, AnalyzeReply } from '../analyze/pool.js';
import { analyseArticle, type AnalysedArticle } from './analysisWork.js';

parentPort?.on('message', (job: AnalyzeJob) => {
  const reply: AnalyzeReply<AnalysedArticle> = { jobId: job.jobId, docs: job.items.map(analyseArticle) };
  parentPort?.postMessage(reply);
});
