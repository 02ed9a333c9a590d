import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/** The neighbouring area a text is about, or null when the solver stays in the rule. */
const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

describe('neighbouring services', () => {
  it('reads "no code" as an API integration only when the text has an API', () => {
    const rules = 'Events from a partner\'s SaaS platform and from the company\'s own AWS accounts must be matched by rules and sent to a function or a queue, without any code that checks for new events.';
    expect(areaOf(rules)).toBe('eventbridge');
    const api = solve('Mobile clients POST readings to an HTTPS API, and each body must go straight into an Amazon SQS queue without any Lambda code.');
    expect(api.outOfScope).toBeNull();
  });

  it('reads events from a SaaS vendor, content-based rules and one shared bus as EventBridge', () => {
    expect(areaOf('Each team wants the events from a billing vendor\'s SaaS platform, picked out by content-based rules. Which service fits?')).toBe('eventbridge');
    expect(areaOf('Each team wants the invoices it cares about, and the vendor delivers them onto the same bus the teams use. Which service fits?')).toBe('eventbridge');
  });

  it('reads fixed addresses and a failover that does not wait for DNS as Global Accelerator, even behind named load balancers', () => {
    const text = 'A voice service runs on Network Load Balancers in two Regions. Customers allow a fixed set of two IP addresses through their firewalls, and an outage in one Region must move callers to the other without relying on DNS. Which service?';
    expect(areaOf(text)).toBe('global-accelerator');
  });

  it('breaks a tie of evidence for the area whose clues stand on more separate places of the text', () => {
    expect(areaOf('A multiplayer game sends UDP packets from players on every continent. They must reach the game through anycast addresses, and if one Region goes down play must shift to the other Region within seconds. Which service fits?')).toBe('global-accelerator');
    expect(areaOf('A trading gateway speaks a TCP protocol. Clients worldwide must connect to the same static addresses everywhere and be carried over the AWS global network. Which AWS service?')).toBe('global-accelerator');
  });

  it('reads a secret changed automatically as rotation, without the word "rotate"', () => {
    expect(areaOf('The API key the integration uses must be kept encrypted and changed automatically every 60 days, with no one pasting it into code. Which service?')).toBe('secrets-manager');
    expect(areaOf('Database credentials for the reporting job must be kept out of the code, and the credentials change automatically each month. Which service?')).toBe('secrets-manager');
  });

  it('reads an instance profile the caller already has as the means of a direct call, and setting one up as an IAM question', () => {
    const call = solve('A reporting program on an EC2 instance that already has an instance profile must invoke a function and use its response. The function must not be callable over any URL.');
    expect(call.service).toBe('lambda-invoke');
    expect(areaOf('Developers keep access keys in a config file on their EC2 instances. What should they attach to the instances instead of storing access keys?')).toBe('iam');
  });

  it('reads UDP across Regions, and a Region outage that moves users in seconds, as Global Accelerator over the load balancers already there', () => {
    expect(areaOf('A UDP voice service runs behind Network Load Balancers in two Regions. If a Region goes down, callers must be switched to the other Region within seconds. Which service should be added?')).toBe('global-accelerator');
    expect(areaOf('A UDP game server in one Region needs a load balancer that keeps the client source IP and handles millions of packets per second. Which service?')).toBe('nlb');
  });

  it('reads a job at a time on given days, without a server kept for cron, as EventBridge', () => {
    expect(areaOf('Every Friday at 18:00 a cleanup function has to run. Which service schedules it?')).toBe('eventbridge');
    expect(areaOf('A report must be produced each morning, and the team does not want to keep an instance running only for cron. Which service?')).toBe('eventbridge');
    // A time something happens at is no job to schedule.
    expect(areaOf('Load on the web fleet peaks every Monday at 9 a.m., and instances must be added and removed automatically as CPU changes.')).not.toBe('eventbridge');
  });
});

describe('neighbours that run, scale and feed the design', () => {
  it('names Amazon ECS Express Mode for a container image run with its load balancer, HTTPS URL and scaling set up, and reads App Runner by name as the same area', () => {
    const fromImage = solve('A travel startup has its booking site built as a Docker image in Amazon ECR. It wants AWS to run the site from that image with a public HTTPS address and scaling, without setting up clusters or load balancers itself. Which service fits?');
    expect(fromImage.outOfScope?.area).toBe('ecs-express');
    expect(fromImage.outOfScope?.about).toMatch(/^Amazon ECS Express Mode \(.*App Runner.*closed to new customers/);
    expect(areaOf('A shop wants its container to run on Amazon ECS Express Mode. Which service is that?')).toBe('ecs-express');
    expect(areaOf('A team already runs its web container on AWS App Runner and wants the same service for a second container. Which service should it use?')).toBe('ecs-express');
  });

  it('reads handing AWS a code bundle to run on instances behind a load balancer, with platform updates, as Elastic Beanstalk', () => {
    const text = 'A team wants to give AWS its Ruby application as one archive. AWS will then launch the servers and a load balancer in front of them, and apply platform updates, while the team keeps access to the resources. Which service should the team use?';
    expect(areaOf(text)).toBe('elastic-beanstalk');
  });

  it('reads a fleet kept between a floor and a ceiling, instances added before a peak and failed ones replaced as EC2 Auto Scaling, even behind a named load balancer', () => {
    const text = 'An exam portal runs on EC2 instances behind an Application Load Balancer. The group must stay between 3 and 15 instances, with instances started an hour before the nightly batch and terminated again afterwards, and failed instances replaced without anyone stepping in. Which service should it use?';
    expect(areaOf(text)).toBe('auto-scaling');
  });

  it('reads a replacement launched automatically for a failed instance and a floor of healthy instances as EC2 Auto Scaling, behind a named load balancer', () => {
    const text = 'A web shop runs on EC2 instances behind an Application Load Balancer. When an instance crashes, a replacement should be launched automatically, and the shop must always keep at least three healthy instances. Which service should it use?';
    expect(areaOf(text)).toBe('auto-scaling');
  });

  it('reads stream records delivered to S3 in batches and converted to a columnar format as Data Firehose, even when the stream is named', () => {
    const text = 'Game telemetry already flows into an Amazon Kinesis data stream. The analysts want the records landed in an S3 bucket in batches, converted to ORC, with nothing of their own to run. Which service fits?';
    expect(areaOf(text)).toBe('firehose');
  });

  it('reads one message delivered at once to phones by SMS, an email list and a queue as SNS', () => {
    const text = 'When a CloudWatch alarm on the payments API fires, a single alert message must be delivered simultaneously to the engineers\' phones as SMS, to an email distribution list and to an SQS queue feeding the ticket system. Which service should the alarm notify?';
    expect(areaOf(text)).toBe('sns');
  });
});
