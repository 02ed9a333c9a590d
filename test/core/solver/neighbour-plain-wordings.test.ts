import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * Plain exam wordings for neighbours the solver used to leave unnamed or answer inside the rule:
 * a queue that decouples, schedules and instance events, a VPN over an existing internet line,
 * security findings in one place, configuration history, best-practice checks, patching and
 * shell access, shared and Windows or Lustre file systems, database migration, speech to text,
 * containers and Kubernetes, third-party software bought through AWS, stored secrets, threats read
 * from flow and DNS logs (GuardDuty's inputs, not a need for DNS), bulk data a poor link cannot carry,
 * Regions chosen by who answers fastest, every quota in one console, and the CLF-C02 services once
 * known only by name (a self-service catalogue, licence counts, the six pillars, a single-tenant HSM,
 * audit evidence, shared resources, an AI assistant, recommendations, cost anomalies and more).
 * Each must abstain and name its area.
 */
const CASES: [string, string][] = [
  ["guardduty", "A bank wants a managed service that reads its network flow logs and DNS query logs and warns when an instance looks compromised, with no software to install on the instances. Which service should it enable?"],
  ["sqs", "A photo app accepts uploads through Amazon API Gateway. Resizing each photo takes several minutes, so the team wants each resize request placed in a queue and picked up later by a fleet of EC2 workers. Which service provides the queue?"],
  ["sqs", "Which AWS service lets one component of an application send messages that another component retrieves later, so that the two can fail and scale independently?"],
  ["security-hub", "Which AWS service provides a comprehensive view of an organisation's security posture by collecting findings from multiple AWS security services into one console?"],
  ["config", "An auditor asks a bank to show how the settings of its security groups have changed over the past six months and to flag any S3 bucket that allows public reads. Which AWS service records these resource configurations and evaluates them against rules?"],
  ["config", "Which AWS service continuously assesses whether the configuration of AWS resources complies with the company's internal policies?"],
  ["trusted-advisor", "A startup wants automated recommendations that point out idle EC2 instances, unrestricted security group ports and services close to their quotas. Which AWS service gives these checks?"],
  ["systems-manager", "A team runs a hundred EC2 instances and wants to apply operating system patches to all of them during a weekly maintenance window, without logging in to each one. Which AWS service should it use?"],
  ["systems-manager", "Administrators need a shell on private EC2 instances without opening SSH ports or running bastion hosts. Which AWS service provides this?"],
  ["efs", "A research group's containers need persistent storage that several of them can mount simultaneously, with capacity that grows and shrinks as files are added and removed. Which service should it choose?"],
  ["fsx", "A company moving its Windows file servers to AWS needs a fully managed file system that supports SMB and integrates with Microsoft Active Directory. Which AWS service fits?"],
  ["fsx", "A high performance computing workload needs a file system built on Lustre that processes data from S3 at hundreds of gigabytes per second. Which AWS service fits?"],
  ["fsx", "Which AWS service provides fully managed third-party file systems such as Windows File Server, Lustre, NetApp ONTAP and OpenZFS?"],
  ["migration", "A retailer wants to move its on-premises Oracle database to Amazon Aurora while the source database stays fully operational during the move. Which AWS service should it use?"],
  ["migration", "Which AWS service helps migrate databases to AWS quickly and securely, keeping the source database available to applications during the migration?"],
  ["migration", "A company must copy its SQL Server data into Amazon RDS and keep changes replicating continuously until the cutover weekend. Which AWS service fits?"],
  ["transcribe", "A call centre wants text transcripts of its recorded customer phone calls so that they can be searched later. Which AWS service converts the recordings to text?"],
  ["transcribe", "A medical practice records doctors' dictated notes and wants them turned into written text automatically. Which service should it use?"],
  ["containers", "A company wants to run its Docker containers on AWS with a fully managed container orchestration service that is native to AWS. Which service should it use?"],
  ["containers", "A team already uses Kubernetes on premises and wants to run the same Kubernetes workloads on AWS with a managed control plane. Which AWS service fits?"],
  ["containers", "A development team needs a private, managed registry in which to store, scan and version its Docker container images. Which AWS service fits?"],
  ["containers", "Which AWS service runs Kubernetes clusters without the customer having to install or operate the Kubernetes control plane?"],
  ["containers", "Where should a company keep the container images that its Amazon ECS tasks pull when they start?\nA. Amazon Elastic Container Registry\nB. Amazon API Gateway\nC. Amazon CloudFront\nD. AWS AppSync"],
  ["marketplace", "A company wants to buy a third-party firewall appliance that is already packaged to run on AWS and pay for it on its AWS bill. Where can it find and buy this software?"],
  ["marketplace", "Which AWS offering is a digital catalogue in which customers find, buy and deploy software from independent software vendors?"],
  ["marketplace", "A software vendor that runs its product behind Amazon API Gateway wants to sell subscriptions to AWS customers and have the charges appear on the customers' AWS bills. Which AWS offering should it list the product in?"],
  ["secrets-manager", "Which AWS service stores database passwords and API keys for third-party services and can rotate them on a schedule?"],
  ["eventbridge", "Whenever an EC2 instance in the account is stopped, an operations team wants a Lambda function to be triggered automatically. Which AWS service should route this event to the function?"],
  ["eventbridge", "A maintenance Lambda function must purge expired sessions every ten minutes. No user or client ever calls it over HTTP. Which AWS service should start it on that schedule?"],
  ["vpn", "A company has an internal API behind a private REST API in Amazon API Gateway. Its warehouse network must reach the VPC securely over the internet link the warehouse already has, without ordering a new physical connection. Which AWS service should connect the warehouse network to the VPC?"],
  ["vpn", "Which AWS service creates an encrypted connection between a customer's data centre and an Amazon VPC over the internet?\nA. AWS Direct Connect\nB. AWS Site-to-Site VPN\nC. Amazon API Gateway\nD. Amazon CloudFront"],
  ["eventbridge", "A sports-data company wants a Lambda function to pull the latest scores from a partner every two minutes on a fixed schedule. A proposal to put the function behind an Application Load Balancer was rejected, because nothing calls the function from outside. Which AWS service should trigger it?"],
  // A service that falls behind, a calendar schedule, a fleet of meters, a resource's past configuration,
  // best-practice checks, voice bots, software on the AWS bill, several security services in one console.
  ["sqs", "An e-commerce API built on Amazon API Gateway and Lambda must hand each new order to a separate inventory service, which sometimes falls behind during sales. Orders must not be dropped, and the two services should not depend on each other being available. Which AWS service should sit between them?"],
  ["eventbridge", "A company wants a Lambda function to run automatically on the first day of every month to archive old invoices. Which AWS service should be used to schedule it?"],
  ["iot", "A utility has installed smart water meters in a city and wants them to send usage readings to AWS securely and be managed as a fleet. Which AWS service should the meters connect to?"],
  ["config", "Which AWS service keeps a record of every change made to the configuration of resources in an account, so that an administrator can see what a resource looked like last Tuesday?"],
  ["trusted-advisor", "Which AWS tool checks an account against best practices and reports, for example, S3 buckets with open access permissions and low-utilisation EC2 instances?"],
  ["lex", "An insurance company wants a voice bot for its phone line that understands what callers say and collects claim details. Which AWS service builds the bot?"],
  ["marketplace", "Where can an AWS customer subscribe to pre-built machine images from software vendors and have the software cost added to its AWS bill?"],
  ["security-hub", "A security team wants to see alerts from Amazon GuardDuty, Amazon Inspector and AWS Config in a single console and check its accounts against the CIS AWS Foundations Benchmark. Which service fits?"],
  // Bulk data over a poor link, work that may wait but never be lost, Regions chosen by who answers fastest,
  // quotas in one console, schedules and chained functions.
  ['snowball', 'An oil platform holds 90 TB of seismic recordings and reaches the shore only over a weak radio uplink. Sending the files through that link would take many months. Which AWS service should move the data to Amazon S3?'],
  ['snowball', 'A mining camp has patchy connectivity and wants to clean up its survey images locally before the data leaves the site, then get roughly 40 terabytes of them into an S3 bucket. Which AWS service fits?'],
  ['snowball', 'A broadcaster has to copy 70 terabytes of archived tapes, already digitised, into AWS, but its congested office line means the transfer would take weeks. What should it use?'],
  ['sqs', 'A ticketing site passes each booking from its Amazon API Gateway API to a legacy reservation system that handles only a few dozen bookings per second. On busy mornings far more arrive, and none of them may be rejected or lost, although it is acceptable if some are handled later. Which service should be placed between the API and the reservation system?'],
  ['sqs', 'A survey app posts each completed form to a scoring service that falls over under heavy load. The company wants to accept every form without dropping any, and it is fine if scores are processed a few minutes later. Which AWS service should it add?'],
  ['route53', 'A streaming company runs the same Regional API in Tokyo and Oregon. Each viewer should be directed to whichever Region responds to them fastest, and if one Region goes down its traffic should be shifted to the other Region. Which AWS service makes this choice?'],
  ['route53', 'A retailer has copies of its storefront in two Regions and wants requests switched to the healthy Region whenever the other one becomes unavailable. Which AWS service should decide where requests go?'],
  ['service-quotas', 'A startup is about to launch and wants a single console page where it can review the current limits for all of its AWS services, ask for higher values, and follow the status of each increase request. Which service should it use?'],
  ['service-quotas', 'Which AWS service lets an administrator view the quotas of many AWS services in one place and submit and track requests to raise them?'],
  ['eventbridge', 'A gym chain wants a Lambda function that emails member reports to run every Friday at 18:00 without anyone calling it. Which AWS service should start it?'],
  ['step-functions', 'A laundry chain wants to chain three Lambda functions so that each one starts only after the previous one has finished, with retries when a step fails. Which AWS service should coordinate them?'],
  // CLF-C02 services known only by name before: told by the job a question describes.
  ["service-catalog", "A bank wants its developers to launch only the database and network stacks that the central cloud team has approved, picking them from a self-service list. Which AWS service fits?"],
  ["license-manager", "A company must keep count of how many Oracle and Microsoft licences its instances use so that it never exceeds the number it has bought. Which AWS service helps?"],
  ["well-architected", "An architect wants to review a workload against AWS best practices across the six pillars, such as reliability and security. Which AWS tool should be used?"],
  ["managed-grafana", "An operations team already writes PromQL queries and wants AWS to run its Prometheus-compatible metrics store and Grafana dashboards. Which services fit?"],
  ["disaster-recovery", "A manufacturer wants its on-premises servers continuously replicated to AWS so that, after a ransomware attack, it can recover them in AWS within minutes. Which service should it use?"],
  ["cloudhsm", "A payments firm must keep its encryption keys in a single-tenant hardware security module validated at FIPS 140-2 Level 3 that AWS staff cannot access. Which service fits?"],
  ["audit-manager", "A compliance team wants evidence collected continuously from its AWS accounts and mapped to the controls of the PCI DSS framework ahead of an audit. Which service fits?"],
  ["directory-service", "A company wants to run a managed Microsoft Active Directory in AWS so that its EC2 Windows instances can be joined to the domain. Which service fits?"],
  ["ram", "A company wants to share the subnets of one VPC with the other accounts of its organization instead of creating a VPC in each account. Which service fits?"],
  ["access-analyzer", "A security team wants to find which of its S3 buckets and IAM roles are shared with external accounts outside its organization. Which AWS feature fits?"],
  ["amazon-q", "Developers want an AI coding assistant that generates code in their IDE and answers questions about their AWS resources. Which service fits?"],
  ["personalize", "A streaming site wants personalized movie recommendations for each viewer based on their viewing history, without building machine learning models itself. Which service fits?"],
  ["community", "A developer wants to ask a question on a community question and answer site run by AWS. Where should she go?"],
  ["community", "A small company wants to hire a freelance certified AWS expert for a short project and pay through AWS. Where can it find one?"],
  ["cost-tools", "A finance team wants AWS to detect abnormal charges, such as a sudden jump from one service, without the team setting a fixed threshold. Which AWS service fits?"],
  ["support", "A team wants to know whether an AWS outage in its Region is affecting its own EC2 instances and to be notified about scheduled maintenance on them. Where should it look?"],
  ["support", "A hospital must review and accept a Business Associate Addendum with AWS. Where can it do this?"],
  ["vpc-security", "A security team wants to centrally configure AWS WAF rules across all accounts of its organization. Which service fits?"],
  ["security-hub", "A security analyst wants to investigate the root cause of a GuardDuty finding by visualizing relationships between IP addresses and users. Which service fits?"],
  ["migration", "Before migrating, a company wants to discover its on-premises servers, their utilization and the dependencies between them, to plan the migration. Which AWS service fits?"],
  ["cost-tools", "A team's EC2 fleet looks oversized. Which AWS service analyzes it and recommends optimal instance types for those instances?"],
];

describe('neighbours named by their plain exam wordings', () => {
  it.each(CASES)('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

  it('a chapter question beside them stays in the rule', () => {
    expect(solve('A company serves one Lambda function to partners over HTTPS and wants per-partner API keys with a monthly quota. Which option fits?').service).toBe('apigw-rest');
  });

  it('a software vendor stays in the rule when only who it is is said', () => {
    expect(solve('A software vendor exposes one Lambda function to its partners and wants each partner capped at 1,000 calls a day with its own API key. Which option fits?').service).toBe('apigw-rest');
  });

  it('a company that is a chain still calls its one function over HTTPS in the rule', () => {
    const s = solve('A bakery chain wants its ordering kiosks to send a small JSON payload to the chain\'s single Lambda function over HTTPS. No API keys, custom domain, quotas or caching are needed, and the chain wants the simplest and cheapest option. What should it use?');
    expect(s.outOfScope).toBeNull();
    expect(s.service).toBe('lambda-url');
  });

  it('callers on slow connections are a latency question, not bulk data on a poor link', () => {
    expect(solve('Partners in Australia complain about slow connections to a REST API that runs in Ireland, and the team does not want to manage its own CDN. Which option fits?').outOfScope).toBeNull();
  });

  it('a backend protected by rejecting excess calls stays throttling in the rule', () => {
    const s = solve('A company\'s REST API on Amazon API Gateway forwards requests to a reporting service that breaks above about 30 requests per second. The company wants API Gateway to reject calls over that rate. What should it configure?');
    expect(s.outOfScope).toBeNull();
  });

  it('evidence of who deleted a stage stays CloudTrail, not audit evidence', () => {
    expect(solve("An auditor asks which IAM identity deleted the prod stage of a company's Amazon API Gateway REST API last week, and needs evidence of the call. Which service records this?").outOfScope?.area).toBe('cloudtrail');
  });

  it('callers in other accounts allowed by a resource policy stay a REST API', () => {
    expect(solve("A company wants partners in other AWS accounts to call its private REST API, allowing access from those accounts with a resource policy. What should it use?").service).toBe('apigw-rest');
  });
});
