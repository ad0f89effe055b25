// Worker thread body of a refresh's analysis pool (analysisWork.ts): analyses what it is sent and posts back each
// analysis with what is derived from it.
import { parentPort } from 'node:worker_threads';
import type { AnalyzeJob, AnalyzeReply } from '../analyze/pool.js';
import { analyseArticles, type AnalysedArticle } from './analysisWork.js';

parentPort?.on('message', (job: AnalyzeJob) => {
  const reply: AnalyzeReply<AnalysedArticle> = { jobId: job.jobId, docs: analyseArticles(job.items) };
  parentPort?.postMessage(reply);
});
