/**
 * The CLF-C02 exam guide's content domains and task statements. Every chapter question carries
 * its domain (and a task where one fits), so results can be reported the way the real score
 * report is: by domain, beside the chapter's own topics.
 */
export const DOMAINS = ['cloud-concepts', 'security-compliance', 'technology-services', 'billing-pricing-support'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface DomainInfo {
  number: 1 | 2 | 3 | 4;
  label: string;
  /** Share of the exam's scored content, as the exam guide gives it. */
  weight: number;
}

export const DOMAIN_INFO: Record<Domain, DomainInfo> = {
  'cloud-concepts': { number: 1, label: 'Cloud Concepts', weight: 0.24 },
  'security-compliance': { number: 2, label: 'Security and Compliance', weight: 0.3 },
  'technology-services': { number: 3, label: 'Cloud Technology and Services', weight: 0.34 },
  'billing-pricing-support': { number: 4, label: 'Billing, Pricing, and Support', weight: 0.12 },
};

export const TASKS = {
  '1.1': 'Define the benefits of the AWS Cloud',
  '1.2': 'Identify design principles of the AWS Cloud',
  '1.3': 'Understand the benefits of and strategies for migration to the AWS Cloud',
  '1.4': 'Understand concepts of cloud economics',
  '2.1': 'Understand the AWS shared responsibility model',
  '2.2': 'Understand AWS Cloud security, governance, and compliance concepts',
  '2.3': 'Identify AWS access management capabilities',
  '2.4': 'Identify components and resources for security',
  '3.1': 'Define methods of deploying and operating in the AWS Cloud',
  '3.2': 'Define the AWS global infrastructure',
  '3.3': 'Identify AWS compute services',
  '3.4': 'Identify AWS database services',
  '3.5': 'Identify AWS network services',
  '3.6': 'Identify AWS storage services',
  '3.7': 'Identify AWS artificial intelligence and machine learning (AI/ML) services and analytics services',
  '3.8': 'Identify services from other in-scope AWS service categories',
  '4.1': 'Compare AWS pricing models',
  '4.2': 'Understand resources for billing, budget, and cost management',
  '4.3': 'Identify AWS technical resources and AWS Support options',
} as const;
export type Task = keyof typeof TASKS;
export const TASK_IDS = Object.keys(TASKS) as Task[];

/** The domain a task statement belongs to ("3.5" → technology-services). */
export function domainOfTask(task: Task): Domain {
  return DOMAINS[Number(task[0]) - 1]!;
}

export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}
