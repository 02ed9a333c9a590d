import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** The neighbouring area a text is about, or null when the solver stays in the rule. */
const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

/**
 * Neighbours that sit close together (email sending and sign-in; online file copying, shipped
 * devices, file servers and shared file systems; queues, Kafka and streams), asked for by the job
 * that tells them apart rather than by their names.
 */
const APART: [string, string][] = [
  ['ses', 'A clinic wants its booking software to mail appointment reminders and password-reset links to patients, and to stop writing to any address that bounced or whose owner flagged the mail as junk. Which AWS service should it use?'],
  ['ses', 'An online shop needs to deliver receipts to buyers\u2019 inboxes from its own domain and find out which messages could not be delivered. Which service fits?'],
  ['datasync', 'A design studio keeps 120 TB of project folders on an SMB share in its office. It wants them copied to Amazon S3 across its internet connection, each copy checked for integrity, and only changed files sent on later runs. Which service should it use?'],
  ['datasync', 'A university must migrate 250 TB of research data from NFS servers on campus to Amazon EFS over the network, checking that every file arrived intact. Which AWS service fits?'],
  ['datasync', 'Staff apps must keep writing to a network drive in the office, while the files are really kept as objects in Amazon S3 and the recently opened ones stay cached on site. Which option fits?'],
  ['transfer-family', 'Suppliers send their price lists with command-line tools that log in over SSH, and they will not change those tools. The files should land in Amazon S3 with no file server for the company to run. Which service fits?'],
  ['msk', 'A bank runs its own brokers for the topics its trading systems publish to with Kafka clients. It wants AWS to operate the brokers instead, with no change to the producers and consumers. Which service should it choose?'],
  ['eventbridge', 'A Lambda function that purges expired carts must kick off on its own at 03:15 each day; nobody and nothing calls it. Which service should start it?'],
  ['eventbridge', 'A billing function has to begin by itself every Monday at 6 a.m. with no server kept around for the timing. Which AWS service should trigger it?'],
  ['direct-connect', 'A genomics lab sends about 20 TB a day from its data centre to AWS and needs steady, predictable throughput on a connection that never touches the public internet. Which option fits?'],
  ['rekognition', 'A dating app wants every uploaded profile picture checked for the people, objects and scenes it shows, using a ready-made model instead of training one. Which AWS service fits?'],
  ['kinesis-video', 'Baby monitors must send their live camera feeds into AWS, where a vision model looks at them, and parents must be able to play back the last week of footage. Which service should take in the video?'],
  ['eventbridge', 'Several internal apps publish business events. Routing rules that inspect attributes of each event should decide which downstream targets receive it, and a third-party SaaS billing tool must feed its own events in as well. Which AWS service fits?'],
  ['eventbridge', 'A retailer wants the events its help-desk SaaS vendor emits to reach its AWS account and be matched against rules that send each kind to a different Lambda function. Which service should it use?'],
  ['auto-scaling', 'A ticket site runs on EC2 servers. Servers should be added ahead of each Friday on-sale, taken away again on Sunday, and swapped for new ones whenever they fail their health checks. What should the team use?'],
  ['fargate', 'A genomics team runs its pipeline as containers on Amazon ECS and no longer wants to pick, patch or resize the EC2 machines underneath them. Which compute option should the tasks use?'],
];

/** The shipped device keeps its own job: data that cannot go over the wire. */
const STAYS: [string, string][] = [
  ['snowball', 'A mine in the desert has 200 TB of survey data and only a slow satellite uplink. It wants to load the data onto a rugged device and ship it to AWS. Which service fits?'],
];

describe('near neighbours told apart by their jobs', () => {
  it.each([...APART, ...STAYS])('%s: %s', (area, text) => {
    expect(solve(text).service).toBeNull();
    expect(areaOf(text)).toBe(area);
  });
});

/** A message sent back over a connection the chapter's WebSocket API keeps is no neighbour's job. */
const CONNECTION_PUSH: string[] = [
  'A museum guide app keeps a connection open from each visitor\'s phone. When the tour group is ready, the backend looks up the visitor\'s stored connection ID and sends an alert message to that single phone. Which option fits?',
  'A telehealth console keeps one connection open per session. The company\'s code must verify the clinician before accepting it and store the connection\'s ID, so the backend can later push updates to that session. Which option fits?',
];

describe('replies over a kept connection stay in the rule', () => {
  it.each(CONNECTION_PUSH)('%s', (text) => {
    expect(areaOf(text)).toBeNull();
    expect(solve(text).service).toBe('apigw-websocket');
  });
});
