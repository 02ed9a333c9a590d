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
