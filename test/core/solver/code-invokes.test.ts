import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

describe('a program\'s own code starting a function', () => {
  it('reads a job\'s or worker\'s code calling a function, with no address wanted, as direct invocation', () => {
    expect(solve('A reporting job on AWS Batch runs with an IAM role, and the job\'s code must call a Lambda function that formats the results and wait for its answer. Nobody wants the function reachable over HTTP. How should the job call it?').service).toBe('lambda-invoke');
    expect(solve('A video service\'s transcoding container on ECS runs with a task role. When a file is done, the container\'s code must invoke a Lambda function to update the catalogue, and that function must never get a URL of any kind. What is the simplest way to call it?').service).toBe('lambda-invoke');
  });
});
