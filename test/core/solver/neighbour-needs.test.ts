import { describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver/solve.js';
import { learnedClues } from '../../../src/core/solver/learned.js';

/** The neighbouring area a text is about, or null when the solver stays in the rule. */
const areaOf = (text: string) => solve(text).outOfScope?.area ?? null;

/** Each neighbour the exam mixes in, stated by its need in two different wordings, without its name. */
const TWO_WORDINGS: Record<string, [string, string]> = {
  nlb: [
    'A multiplayer game speaks its own binary protocol over UDP to servers in one Region, and the load balancer in front must keep the players\' source addresses. Which service should balance the traffic?',
    'A stock-quote feed holds millions of long-lived TCP connections, and partners need one static IP address per Availability Zone for the load balancer. Which load balancer fits?',
  ],
  'global-accelerator': [
    'A payments provider serves merchants from two Regions. The merchants\' firewalls may allow only two fixed anycast addresses, and if one Region fails, traffic must move to the other within seconds. Which service fits?',
    'A voice-chat company wants users on every continent to join the AWS backbone at the closest edge location and reach the nearest healthy Region, without waiting for DNS caches to expire. Which service fits?',
  ],
  route53: [
    'A startup must buy the domain name for its product and create the DNS records that point it at its load balancer. Which service does this?',
    'A company runs the same site in two Regions and wants each visitor sent to the Region with the lowest latency, using latency routing policies in DNS. Which service does this?',
  ],
  'direct-connect': [
    'A bank needs a dedicated 10 Gbps line from its own data centre into its VPC, so that its nightly transfers never cross the public internet. Which service fits?',
    'An insurer wants predictable bandwidth between its headquarters and AWS over a private circuit instead of the internet. Which service fits?',
  ],
  vpn: [
    'A small branch office must reach a VPC this week over an encrypted IPsec tunnel across the internet, at low cost. Which service fits?',
    'Remote contractors working from home need an encrypted connection from their laptops into private subnets of a VPC, with an OpenVPN-based client. Which service fits?',
  ],
  'step-functions': [
    'An order process runs five Lambda functions one after another, retries a failed step, and waits up to a week for a manager\'s approval before shipping. Which service should coordinate it?',
    'A loan application passes through several checks in sequence, and a failed payment step must trigger compensating steps that undo the earlier ones. Which service should orchestrate the workflow?',
  ],
  sqs: [
    'Orders arrive in bursts that the warehouse workers cannot keep up with, and no order may be lost while a worker is down; the workers pull the orders when they are free. Which service fits?',
    'The upload service and the thumbnail workers are tightly coupled today; the team wants the jobs held durably until a worker is ready, with failed jobs moved aside for inspection later. Which service fits?',
  ],
  sns: [
    'When a shipment is delayed, one published message must reach an email list, a text message to the driver and a queue for the billing system at the same time. Which service fits?',
    'A banking app must send push notifications to customers\' phones even when the app is closed. Which service delivers them?',
  ],
  eventbridge: [
    'Events from a SaaS ticketing vendor must arrive in the company\'s AWS account and be routed by rules to different targets depending on their content. Which service fits?',
    'A cleanup job must run every weekday at 02:00, and the team does not want to keep a server running only for cron. Which service should trigger it?',
  ],
  cognito: [
    'A recipe app needs a managed user directory where cooks sign up, confirm their email, reset forgotten passwords and enable multi-factor authentication. Which service fits?',
    'Guest users of a mobile game must receive temporary, limited AWS credentials so the app can upload screenshots straight to S3. Which service provides them?',
  ],
  elasticache: [
    'Database reads for the product catalogue are slow and repeated, so the team wants the query results kept in an in-memory cache with Redis. Which service fits?',
    'A web fleet needs a shared session store with sub-millisecond reads so that users stay signed in whichever instance answers. Which service fits?',
  ],
  'auto-scaling': [
    'Instances of a web tier must be added when average CPU utilization goes above 60% and removed again afterwards, with never fewer than two running. Which service fits?',
    'Capacity should grow every weekday morning before the office opens and shrink again in the evening, on a fixed timetable. Which service adjusts the number of instances?',
  ],
  'elastic-beanstalk': [
    'Developers want to upload a zipped Java application and have AWS create the instances, the load balancer and the scaling, without learning the infrastructure. Which service fits?',
    'A PHP team wants a platform as a service on AWS that takes care of capacity provisioning, load balancing, scaling and health monitoring for its web app. Which service fits?',
  ],
  amplify: [
    'A two-person team keeps a Vue front end in GitHub and wants each push to the main branch built and deployed automatically, with a preview URL for every pull request. Which service fits?',
    'A front-end developer wants to connect a Git repository and have each feature branch get its own hosted preview environment, with hosting and continuous deployment managed for her. Which service fits?',
  ],
  waf: [
    'A web shop behind CloudFront must block SQL injection and cross-site scripting attempts and reject requests from two countries. Which service fits?',
    'Bots are scraping a site behind an Application Load Balancer, and the company wants to block any IP address that sends more than 2,000 requests in five minutes. Which service fits?',
  ],
  shield: [
    'A gaming company fears large distributed denial-of-service attacks and wants a DDoS response team on call and cost protection for scaling during an attack. Which service fits?',
    'A broadcaster needs advanced protection against DDoS attacks at layers 3 and 4 for its Elastic IP addresses, with attack diagnostics. Which service fits?',
  ],
  cloudtrail: [
    'Auditors ask which IAM user deleted a production stage last Tuesday and from which IP address the call came. Which service records this?',
    'The security team needs a history of every API call made in the account, who made it and when, kept for a year. Which service records this?',
  ],
  kinesis: [
    'Thousands of delivery vans send their positions several times a second, and three separate applications must read the same ordered stream and replay the last day after a fix. Which service should collect the data?',
    'A trading platform must ingest a continuous stream of price ticks in real time, and the fraud model and the dashboard must each read the same records in order. Which service collects them?',
  ],
  ses: [
    'A mail-order company wants messages that customers write to orders@shop.example to be received by AWS and passed to a function, and wants to send its replies from the same domain. Which service handles the mail?',
    'An online school must send password reset emails and weekly newsletters to 200,000 students and track bounces and complaints. Which service fits?',
  ],
  lightsail: [
    'A photographer wants a simple virtual private server for a WordPress blog at a predictable monthly price. Which service fits?',
    'A small shop wants one simple virtual server with a fixed monthly fee that bundles storage and data transfer. Which service fits?',
  ],
  fargate: [
    'A team wants to run its containers without provisioning, patching or scaling any EC2 instances, only choosing the CPU and memory for each task. Which service fits?',
    'A data team needs serverless containers for its batch workers, with no EC2 instances to manage in the cluster. Which service fits?',
  ],
  'transfer-family': [
    'Partner banks can only upload their statement files over SFTP, and the company wants them to land in S3 without running its own file servers. Which service fits?',
    'A logistics firm receives shipping manifests from carriers through FTPS and wants a managed file transfer service that stores them in Amazon S3. Which service fits?',
  ],
  appconfig: [
    'A streaming app wants feature flags that switch a new player on for a subset of users first and roll back automatically when a CloudWatch alarm goes off. Which service fits?',
    'A bank wants the transfer limits its app reads to change without redeploying the application code, with each change rolled out gradually to its users. Which service fits?',
  ],
  dax: [
    'Lambda functions read a DynamoDB table very often and need microsecond read latency from an in-memory cache that works with the existing DynamoDB API calls. Which service fits?',
    'A game\'s leaderboard lives in DynamoDB, and its read latency must fall from milliseconds to microseconds without rewriting the data-access code. Which service fits?',
  ],
};

describe('each neighbour is recognised by its need in two wordings', () => {
  for (const [area, wordings] of Object.entries(TWO_WORDINGS)) {
    it(area, () => {
      expect(wordings.map(areaOf)).toEqual([area, area]);
    });
  }
});

describe('a neighbour needs a need, not a mention', () => {
  it('does not read a kind of email that only sets the scene as Amazon SES', () => {
    const text = 'A charity\'s transactional emails carry a "donate" button. A click must reach one small Lambda function over a plain HTTPS address; the charity needs no custom domain, sign-in, throttling or caching and wants the fewest services to set up.';
    expect(areaOf(text)).toBeNull();
    expect(solve(text).service).toBe('lambda-url');
  });

  it('does not read leaving a colocation facility as a private line to AWS', () => {
    const text = 'A ticketing firm is leaving the colocation site it rents. Its web shop and its admin portal will run as two EC2 fleets in Auto Scaling groups; requests for shop.example.com and admin.example.com must reach their own fleet, and an instance failing its health check must get no traffic. Which service should take the incoming HTTPS requests?';
    expect(areaOf(text)).toBeNull();
    expect(solve(text).service).toBe('alb');
  });

  it('does not read a private line the company says it lacks as Direct Connect, and reads a share of a domain\'s visitors as DNS weighting', () => {
    const text = 'A publisher is moving its site from its own server room, which has no dedicated link to AWS. For a month, about a fifth of the visitors who type news.example.org should reach the new AWS copy while the rest still reach the server room. Which service should split them?';
    expect(areaOf(text)).toBe('route53');
  });

  it('reads dynamic requests carried over the AWS network beside content cached near viewers as CloudFront, while fixed anycast addresses stay Global Accelerator', () => {
    const cdn = 'A travel site runs on EC2 in one Region and builds each fare page per visitor, while its photos and stylesheets change monthly. Visitors on three continents find it slow; the company wants the photos cached near the visitors and the fare requests carried back over the AWS network. What should it put in front of the site?';
    expect(areaOf(cdn)).toBeNull();
    expect(solve(cdn).service).toBe('cloudfront');
    const pronoun = 'A recipe portal on EC2 in one Region renders every page for the signed-in cook, while its photos change only monthly. Cooks on four continents find it slow, so the company wants content served from locations near them, the photos cached there and the rest carried over the AWS network back to the Region. What should it put in front of the portal?';
    expect(areaOf(pronoun)).toBeNull();
    const accelerator = 'A chat service in two Regions wants two fixed anycast IP addresses for all users and traffic carried over the AWS network to the nearest healthy Region, even though its avatars are cached near users elsewhere. Which service fits?';
    expect(areaOf(accelerator)).toBe('global-accelerator');
  });
});

describe('content that servers keep serving is delivered, not hosted', () => {
  it('reads files that never change, with the servers kept as the source of truth, as CloudFront in front of them', () => {
    const text = 'A software vendor publishes a 3 GB installer every month from four EC2 web servers in Frankfurt. On release day the web servers struggle under the load and users in Brazil and Japan wait for hours, although the files never change once published. The vendor wants copies kept near its users while the servers remain the origin. Which service should it add?';
    expect(solve(text).service).toBe('cloudfront');
  });

  it('does not read pages named after what they produce ("report pages") as static files', () => {
    const text = 'A council runs its planning portal on four EC2 instances in two Availability Zones, and any instance can serve any visitor. It wants HTTPS traffic spread across the instances, with an instance that stops answering taken out of rotation, and some planning-export pages take three minutes to build. Which service fits with the fewest changes?';
    expect(solve(text).service).toBe('alb');
  });
});

describe('needs the clause model reads', () => {
  it('drops a neighbour\'s need the clause denies, and keeps one it states as work spared', () => {
    const areas = (text: string) => learnedClues(text, [], []).areas.map((h) => h.area);
    expect(areas('Its data center has a private connection to AWS.')).toEqual(['direct-connect']);
    expect(areas('Its data center has no private connection to AWS.')).toEqual([]);
    expect(areas('The team wants to deploy its web app without having to learn the infrastructure.')).toEqual(['elastic-beanstalk']);
  });
});
