import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';

/**
 * CLF-C02 services the solver did not know, or knew only by name, told by the job a question
 * describes: an approved self-service catalogue, licence counting, the six pillars, Prometheus and
 * Grafana, servers replicated for disaster recovery, a single-tenant HSM, audit evidence gathered
 * against a framework, managed Active Directory, resources shared with other accounts or exposed
 * outside the organisation, an AI coding assistant, personalised recommendations, community answers
 * and hired experts, unusual spending, AWS events affecting one's own resources, agreements with AWS,
 * firewall rules managed across accounts, root-cause investigation, discovery before a migration and
 * rightsizing. Each must abstain and name its area.
 */
const CASES: [string, string][] = [
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

describe('CLF-C02 neighbours told by their jobs', () => {
  it.each(CASES)('%s: %s', (area, text) => {
    const s = solve(text);
    expect(s.choices).toEqual([]);
    expect(s.service).toBeNull();
    expect(s.outOfScope?.area).toBe(area);
  });

  it('evidence of who deleted a stage stays CloudTrail, not audit evidence', () => {
    expect(solve("An auditor asks which IAM identity deleted the prod stage of a company's Amazon API Gateway REST API last week, and needs evidence of the call. Which service records this?").outOfScope?.area).toBe('cloudtrail');
  });

  it('callers in other accounts allowed by a resource policy stay a REST API', () => {
    expect(solve("A company wants partners in other AWS accounts to call its private REST API, allowing access from those accounts with a resource policy. What should it use?").service).toBe('apigw-rest');
  });
});
