/*
 * The neighbouring services the exam mixes into "which service?" questions, outside the
 * decision rule. Each area has its names and the needs only it meets, as terms (stems.ts
 * notation). A name alone is context ("POST bodies into an SQS queue" is still an API question);
 * a need says what the question is about. A hard need is one no service of the rule can meet at
 * all (UDP, a private line to a data centre), so it settles the question even when a chapter
 * service is named beside it.
 */

export interface Area {
  id: string;
  /** What the question is about, after "this is about …". */
  about: string;
  names: readonly string[];
  needs: readonly string[];
  hard?: readonly string[];
}

export const AREAS: readonly Area[] = [
  {
    id: 'nlb',
    about: 'Network Load Balancer (layer 4: TCP/UDP, static IP addresses, extreme throughput)',
    names: ['network load balancer', 'nlb', 'gateway load balancer', 'gwlb'],
    needs: ['layer 4', 'layer four', 'millions of requests per second', 'ultra low latency', 'tcp/udp traffic/connection/port/protocol', 'tls passthrough/termination .. tcp'],
    hard: ['udp', 'tcp/udp traffic/connection/protocol/port/packet', 'non http/https traffic/protocol/workload', 'static ip/ips/address .. load balancer', 'load balancer .. static ip/ips/address', 'elastic ip .. load balancer', 'third_party/virtual/firewall appliance/appliances', 'tls passthrough'],
  },
  {
    id: 'global-accelerator',
    about: 'AWS Global Accelerator (static anycast IP addresses over the AWS global network)',
    names: ['global accelerator'],
    needs: ['aws global network', 'aws backbone/network .. carry/carried/route/routed', 'carry/carried/route/routed .. over .. aws backbone/network', 'fast regional failover .. static ip', 'deterministic failover', 'fixed/static entry ip/ips/address/addresses', 'fail/failover .. region/regions .. seconds'],
    hard: ['anycast', 'two static/fixed ip/ips/address/addresses', 'enter/entering/enters .. aws network .. close/near/nearest', 'nearest/closest healthy? region/regions/endpoint', 'static ip/ips/address .. global/world/worldwide/multiple region', 'global/world/worldwide .. static ip/ips/address', 'static entry point .. ip', 'non http/https .. global/world/worldwide', 'udp .. global/world/worldwide/latency'],
  },
  {
    id: 'route53',
    about: 'Amazon Route 53 (DNS: domain registration, public and private hosted zones, routing policies, DNS failover)',
    names: ['route 53', 'route53'],
    needs: ['dns', 'domain name system', 'internal/private dns/domain/name/names .. resolve/resolved/resolution', 'resolve/resolved .. across .. vpc/vpcs', 'register/buy/purchase .. domain/domains', 'domain registration/registrar', 'hosted zone', 'latency/geolocation/geoproximity/weighted/failover/multivalue routing polic/record', 'health check .. dns', 'resolve .. domain name', 'translate domain name .. ip', 'cname/alias record'],
  },
  {
    id: 'direct-connect',
    about: 'AWS Direct Connect (a dedicated private network line from a data centre to AWS)',
    names: ['direct connect'],
    needs: ['consistent network performance/bandwidth .. on_premises/data_center/office'],
    hard: ['dedicated .. connection/line/link/circuit .. data_center/datacenter/on_premises/office/facility/aws', 'private .. connection/line/link .. not/bypass .. internet', 'bypass .. public internet', 'private/dedicated fiber/circuit/line', 'connection .. do/does not .. traverse/use/go .. internet', 'colocation', '1 gbps/10 gbps/100 gbps .. connection/link'],
  },
  {
    id: 'vpn',
    about: 'AWS Site-to-Site VPN (an encrypted IPsec tunnel over the internet)',
    names: ['site to site vpn', 'vpn', 'client vpn', 'virtual private gateway', 'customer gateway'],
    needs: ['encrypted .. connection/tunnel .. over .. internet', 'connect .. office/offices/data_center/on_premises .. vpc .. quickly/cheaply/encrypt/encrypted', 'backup .. connection .. direct connect'],
    hard: ['ipsec', 'vpn tunnel', 'encrypted tunnel'],
  },
  {
    id: 'step-functions',
    about: 'AWS Step Functions (workflows that coordinate several steps, with retries and state)',
    names: ['step functions', 'state machine'],
    needs: ['saga', 'wait/waits/waiting .. for .. approval/approvals', 'manager/human/manual approval/approvals', 'wait .. up to .. week/weeks/days', 'compensating/compensation step/steps/action/actions/transaction/transactions', 'wait/waits .. days/weeks/hours .. step/steps/flow/workflow', 'orchestrate/orchestration/coordinate/sequence/chain .. step/steps/function/functions/service/services/task/tasks/workflow/microservice', 'workflow/workflows', 'visual workflow', 'human approval step', 'retry .. step/steps', 'run .. in sequence/order/parallel', 'multi step/stage .. process/pipeline/order/job', 'wait .. days/weeks .. before .. next step', 'long running workflow'],
  },
  {
    id: 'sqs',
    about: 'Amazon SQS (a message queue to decouple and buffer work)',
    names: ['sqs', 'simple queue service'],
    needs: ['message queue/queues/queuing', 'queue/queues .. message/messages/order/orders/job/jobs/task/tasks/request/requests/work', 'decouple/decoupling/decoupled', 'loosely coupled', 'buffer .. request/requests/message/messages/order/orders/writes/spikes/load', 'dead letter', 'fail/fails/failed .. processing .. times', 'moved/move/set aside .. inspect/inspection/later', 'rest of the queue', 'fifo', 'exactly once processing', 'process .. asynchronously .. worker', 'worker/workers .. pull/poll .. message/messages/job/jobs/task/tasks', 'producer/producers .. consumer/consumers', 'persist .. message/messages .. until .. processed', 'kept/keep/stored/store/held/hold durably', 'retried/retry/retries .. once/when/after .. back/available/online/up', 'offline/down .. order/orders/message/messages/request/requests .. lost', 'hold/held/keep/kept/store/stored/retain/retained .. order/orders/message/messages/job/jobs/request/requests/task/tasks/event/events .. until .. worker/workers/consumer/consumers/processor/processed/free/available/ready', 'worker/workers/consumer/consumers .. cannot/can\'t .. keep up/process', 'process .. fast enough', 'nothing/no .. lost .. worker/workers/consumer/consumers .. down/offline/unavailable'],
  },
  {
    id: 'sns',
    about: 'Amazon SNS (publish/subscribe topics; email, SMS and mobile push notifications)',
    names: ['sns', 'simple notification service', 'sms'],
    needs: ['text message/messages', 'text/texts/texting customer/customers/user/users/them/patients/members', 'email/emails them', 'publish/publishing .. notification/notifications .. once', 'email/emails .. notification/notifications/alert/alerts/subscriber/subscribers', 'send/sends/sending .. email/emails .. to', 'topic/topics .. subscriber/subscribers/subscription/subscriptions', 'fan out .. queue/queues/subscriber/subscribers/endpoint/endpoints', 'mobile push notification', 'push notification/notifications .. mobile/phone/phones/ios/android/devices'],
  },
  {
    id: 'eventbridge',
    about: 'Amazon EventBridge (an event bus, event rules and schedules)',
    names: ['eventbridge', 'event bridge', 'cloudwatch events'],
    needs: ['event bus', 'shared/central/common .. bus', 'schema registry', 'archive .. and .. replay', 'publish/publishes .. business? event/events .. bus', 'event driven .. rule/rules', 'route/routing .. event/events .. rule/rules/target/targets', 'event/events from .. saas/partner/aws service', 'react/respond .. event/events .. saas/partner', 'schedule/schedules/scheduled .. rule/rules', 'cron expression', 'run .. every .. minute/minutes/hour/hours/day/night .. schedule', 'state change event/events', 'event/events .. into .. aws account', 'saas partner/partners .. event/events', 'event/events from .. saas/vendor/partner .. account/bus/rule/rules', 'rule/rules .. match/matches/matching .. route/routes/send/sends .. target/targets', 'route/send .. to .. different/multiple/several target/targets', 'every night/day/morning/evening/hour/week at', 'run/runs/trigger/triggers/invoke/invokes .. every night/day/hour/week/morning/weekday'],
  },
  {
    id: 'cognito',
    about: 'Amazon Cognito (user pools for sign-up and sign-in, identity pools for temporary AWS credentials)',
    names: ['identity pool', 'identity pools', 'federated identities'],
    needs: ['temporary .. aws credential/credentials', 'guest/unauthenticated user/users/access/identities', 'sign up and sign in', 'sign up .. sign in', 'user sign up', 'user directory', 'social identity provider/providers/login/sign', 'sign in/log/login with google/facebook/apple', 'directly .. access/call/upload/write/read .. s3/dynamodb .. from .. app/browser/device', 'write/upload/read .. directly .. s3/dynamodb .. from .. device/app/browser/phone', 'short lived/scoped/limited .. aws? credential/credentials/creds', 'issue/issues/vend/vends .. creds/credentials', 'multi factor authentication .. user/users/app', 'mfa .. user/users/app', 'manage .. user/users .. profile/profiles/password/passwords/identity/identities', 'password reset/recovery'],
  },
  {
    id: 'elasticache',
    about: 'Amazon ElastiCache (an in-memory cache or session store in front of a database)',
    names: ['elasticache'],
    needs: ['redis', 'memcached', 'valkey', 'in memory .. cache/caching/store/data_store/database', 'session store/state/data', 'sub millisecond/microsecond', 'cache .. database query/queries/read/reads/result/results', 'database .. read/reads/query/queries .. cache/cached/caching', 'leaderboard .. sorted set'],
  },
  {
    id: 'auto-scaling',
    about: 'Amazon EC2 Auto Scaling (adding and removing instances to match demand, on a schedule or a forecast)',
    names: [],
    needs: ['add/adds/launch/launches .. remove/removes/terminate/terminates .. instance/instances/server/servers/capacity', 'scale/scales/scaling out .. in .. instance/instances/demand/load', 'instance/instances/capacity/server/servers .. automatic/automatically .. demand/load/traffic/utilization', 'adjust/match/grow/shrink .. number of .. instance/instances/server/servers', 'replace .. unhealthy .. instance/instances .. automatic/automatically', 'minimum/desired .. number/count .. instance/instances', 'scaling policy/policies', 'cpu utilization .. add/launch', 'target tracking', 'average cpu/utilization', 'cpu utilization .. stay/stays/near/target/around/below/above', 'shrink/contract .. again/afterwards/later/automatically/own', 'more .. instance/instances .. shrink/fewer', 'capacity .. add/added/increase/increased .. remove/removed/decrease/decreased', 'add/added .. capacity/instances .. ahead/before .. peak/spike', 'predictive/scheduled scaling', 'based on .. pattern/patterns/history .. previous/past .. week/weeks/day/days'],
  },
  {
    id: 'fargate',
    about: 'AWS Fargate (serverless compute for containers)',
    names: ['fargate'],
    needs: ['container/containers .. without .. provision/provisioning/manage/managing/patch/patching/scale/scaling .. server/servers/instance/instances/ec2/cluster/clusters', 'serverless .. container/containers', 'specify/choose/set .. cpu .. memory .. task/tasks/container/containers', 'no/without .. ec2 instance/instances .. container/containers'],
  },
  {
    id: 'elastic-beanstalk',
    about: 'AWS Elastic Beanstalk (deploying a web application while AWS runs the servers, load balancing and scaling)',
    names: ['elastic beanstalk', 'beanstalk'],
    needs: ['upload .. code .. handle/handles/provision/provisions/capacity/deployment', 'deploy .. web app/application .. without .. manage/managing/worry/worrying/knowledge .. infrastructure/server/servers', 'deploy .. java/php/python/ruby/node/docker .. app/application/applications .. without', 'platform as a service', 'paas', 'developers/developer .. focus .. code .. not .. infrastructure', 'take/takes/taking care of/handle/handles/handling/manage/manages/managing/automate/automates .. provision/provisioning/capacity .. load balancing/scaling/monitoring/health', 'upload/deploy/push .. code ... provision/provisioning/capacity/scaling/load_balancing', 'upload/uploads .. zip/zipped/code/app/application/war/jar/bundle ... aws/they/it .. build/run/runs/provision/create/manage/handle .. environment/infrastructure/everything', 'whole/entire environment', 'configure .. load balancer/balancers .. and .. scaling .. themselves', 'aws take/takes/taking care of .. provision/provisioning/capacity/scaling/load_balancing'],
  },
  {
    id: 'amplify',
    about: 'AWS Amplify (building and hosting full-stack web and mobile apps with CI/CD from Git)',
    names: ['amplify'],
    needs: ['full stack .. web/mobile/app/application', 'ci/cd .. front_end/frontend/web_app/site', 'connect .. git/github/repository .. deploy/deploys/build/builds/host/hosting', 'git based .. deploy/deployment/hosting/workflow', 'pull request ... preview/previews', 'every push ... build/built/deploy/deployed', 'branch/branches .. preview/previews/environment/environments', 'continuous deployment/delivery .. git/branch/branches/repository/repo', 'add/adds/adding .. authentication/auth/storage/backend/api .. to .. app/application .. command line', 'toolkit/framework/library .. authentication/auth .. storage/backend/data', 'host/hosts/hosting .. app/application .. continuous deployment/delivery'],
  },
  {
    id: 'documentdb',
    about: 'Amazon DocumentDB (a managed MongoDB-compatible document database)',
    names: ['documentdb', 'document db'],
    needs: ['mongodb', 'mongo', 'document database/db/store'],
  },
  {
    id: 'dynamodb',
    about: 'Amazon DynamoDB (a NoSQL key-value database, with global tables across Regions)',
    names: [],
    needs: ['keyed by .. id/key', 'on demand capacity', 'point in time recovery', 'json document/documents .. keyed/key', 'nosql/key_value .. table/tables/database .. replicate/replicated/replication .. region/regions', 'every/each/all region/regions .. accept/take .. write/writes', 'multi region .. active/writes', 'active active .. region/regions', 'which/what .. nosql/key_value .. database/store', 'nosql/key_value database .. single digit millisecond', 'store .. key value .. at any scale'],
  },
  {
    id: 'rds',
    about: 'Amazon RDS or Aurora (managed relational databases)',
    names: [],
    needs: ['managed relational database', 'relational database .. managed/patching/backups', 'mysql/postgresql/postgres/oracle/sql_server/mariadb database', 'read replica/replicas', 'multi az .. database'],
  },
  {
    id: 'shield',
    about: 'AWS Shield (DDoS protection)',
    names: ['aws shield', 'shield advanced', 'shield standard'],
    needs: ['ddos/dos', 'distributed denial of service', 'denial of service', 'volumetric/syn flood/floods/attack/attacks', 'layer 3/4 attack/attacks'],
  },
  {
    id: 'kinesis',
    about: 'Amazon Kinesis (collecting and processing streaming data in real time)',
    names: ['kinesis', 'data firehose', 'amazon msk', 'kafka'],
    needs: ['ingest/collect/process/analyze .. stream/streams/streaming data', 'clickstream/clickstreams', 'real time .. analytics/analyze/analysis .. stream/streams/streaming/data', 'stream/streams .. log/logs/telemetry/sensor data .. real time', 'replay .. stream/streams/records', 'ingest/ingested/ingesting/ingestion .. real time', 'sensor/telemetry reading/readings/data/events/records .. every/per second', 'read/consumed/processed .. by .. several/multiple/many .. application/applications/consumer/consumers .. at once/same_time/concurrently/parallel', 'in order per/for each .. device/sensor/key/turbine/customer/shard', 'ordered stream/streams', 'independent/several/multiple/three consumer/consumers .. read/re_read/reread/replay', 'read .. and .. re read/reread/replay'],
  },
  {
    id: 'firehose',
    about: 'Amazon Data Firehose (delivering streaming data into S3, Redshift and other stores)',
    names: ['kinesis data firehose', 'amazon data firehose'],
    needs: ['deliver/delivered/load/loaded/put .. stream/streaming/streamed .. data/record/records/log/logs .. into/to .. s3/redshift/bucket/opensearch/splunk/warehouse', 'stream/streaming/streamed .. data/log/logs/record/records .. in batch/batches', 'not/no/without .. write/writing/manage/managing .. stream consumer/consumers', 'streaming .. delivered .. automatically'],
  },
  {
    id: 'outposts',
    about: 'AWS Outposts (AWS infrastructure and services running on premises)',
    names: ['outposts', 'outpost'],
    needs: ['data residency .. on_premises/building/facility', 'low latency .. on_premises .. aws services'],
    hard: ['same aws infrastructure/services/apis/tools/hardware', 'aws infrastructure/services/hardware .. on_premises/building/facility/site/data_center', 'same aws infrastructure/services/apis/tools .. on_premises/building/facility/data_center/site', 'aws infrastructure/services/apis/tools .. inside/in .. own building/facility/data_center/site', 'inside .. own building/facility/hospital/factory .. aws'],
  },
  {
    id: 'acm',
    about: 'AWS Certificate Manager (free public TLS certificates that renew automatically)',
    names: ['certificate manager', 'acm'],
    needs: ['renew/renewal/renewing/renews .. certificate/certificates', 'certificate/certificates .. renew/renewal/expire/expiring/expiry', 'buy/buying/purchase/purchasing .. tls/ssl certificate/certificates', 'free .. tls/ssl/public certificate/certificates', 'provision/provisioning/issue/issuing .. tls/ssl/public certificate/certificates'],
  },
  {
    id: 'mq',
    about: 'Amazon MQ (a managed message broker for ActiveMQ and RabbitMQ)',
    names: ['amazon mq'],
    needs: ['activemq', 'rabbitmq', 'jms', 'amqp', 'stomp', 'message broker/brokers'],
  },
  {
    id: 'batch',
    about: 'AWS Batch (batch jobs with job queues and automatic compute provisioning)',
    names: ['aws batch'],
    needs: ['batch job/jobs .. queue/queues/dependencies/overnight/thousands', 'job queue/queues', 'job dependencies', 'containerized/containerised batch', 'thousands of .. batch/jobs .. overnight/night'],
  },
  {
    id: 'athena',
    about: 'Amazon Athena (SQL queries over data in S3, paid per query)',
    names: ['athena'],
    needs: ['sql/query/queries .. directly .. s3', 'sql queries .. data/logs/files .. in/stored .. s3', 'pay/paying/paid per query', 'without loading .. into .. database/warehouse'],
  },
  {
    id: 'lightsail',
    about: 'Amazon Lightsail (simple virtual private servers at a predictable monthly price)',
    names: ['lightsail'],
    needs: ['predictable/fixed/flat monthly price/cost/fee', 'single/simple virtual server/servers', 'virtual private server/servers', 'vps', 'wordpress .. server/site/blog'],
  },
  {
    id: 'snowball',
    about: 'AWS Snowball (moving terabytes of data into AWS offline on a shipped device)',
    names: ['snowball', 'snow family', 'snowcone'],
    needs: ['tb/terabytes/petabytes/petabyte/terabyte ... slow .. link/internet/connection/network', 'move/migrate/transfer/ship .. tb/terabytes/petabytes/petabyte ... into/to .. s3/aws', 'offline .. transfer/migration', 'slow/limited internet/network link/connection/uplink/bandwidth', 'tb/terabytes/petabytes/terabyte/petabyte of .. data/records/files/archive/archived', 'ship/shipping .. data .. device/appliance'],
  },
  {
    id: 'ses',
    about: 'Amazon SES (sending bulk and transactional email, with bounce and complaint tracking)',
    names: ['ses', 'simple email service'],
    needs: ['email/emails ... bounce/bounces', 'bounce/bounces .. complaint/complaints', 'complaint/complaints .. email/track', 'bulk/marketing/transactional email/emails', 'send/sends/sending .. email/emails .. to .. thousand/thousands/families/customers/subscribers/recipients', 'email .. to .. 000'],
  },
  {
    id: 'iot',
    about: 'AWS IoT Core (connecting devices over MQTT to the cloud)',
    names: ['iot core'],
    needs: ['mqtt', 'device shadow/shadows', 'millions of .. device/devices/meter/meters/sensor/sensors', 'device/devices/meter/meters/sensor/sensors .. publish/publishes .. reading/readings/telemetry/message/messages', 'connect .. device/devices/meter/meters/sensor/sensors .. cloud/aws'],
  },
  {
    id: 'kms',
    about: 'AWS Key Management Service (AWS KMS: creating, rotating and controlling encryption keys)',
    names: ['kms', 'key management service'],
    needs: ['encryption key/keys', 'create/rotate/rotating/control/manage .. key/keys .. encrypt/encryption/data', 'rotate/rotating/rotation .. key/keys', 'every use of .. key .. logged', 'customer managed key/keys'],
  },
  {
    id: 'textract',
    about: 'Amazon Textract (extracting printed and handwritten text and fields from scanned documents)',
    names: ['textract'],
    needs: ['scanned .. form/forms/document/documents/pages', 'extract/extracted/extracting .. printed/handwritten/text/fields/tables .. form/forms/document/documents', 'handwritten', 'ocr/optical character recognition'],
  },
  {
    id: 'mediaconvert',
    about: 'AWS Elemental MediaConvert (converting video files into formats and bitrates for streaming)',
    names: ['mediaconvert', 'elemental'],
    needs: ['transcode/transcoding/transcoded', 'converted/convert/converting/transcode .. into .. several/multiple/different .. bitrate/bitrates/format/formats/resolutions', 'convert/converted/converting .. video/videos .. bitrates/formats/resolutions', 'video/videos .. into .. several/multiple/different .. bitrates/formats', 'adaptive bitrate/streaming .. convert/converted/formats/bitrates'],
  },
  {
    id: 'connect',
    about: 'Amazon Connect (a cloud contact centre)',
    names: ['amazon connect'],
    needs: ['contact centre/center/centres/centers', 'call centre/center', 'phone/call queue/queues', 'call recording/recordings', 'telephony', 'hotline .. agent/agents'],
  },
  {
    id: 'secrets-manager',
    about: 'AWS Secrets Manager (storing secrets such as database passwords, with automatic rotation)',
    names: ['secrets manager'],
    needs: ['secret/secrets .. store/stored/rotate/rotated/rotation', 'database password/passwords/credentials .. store/stored/encrypted/rotate/rotated', 'rotate/rotated/rotation .. password/passwords/credential/credentials'],
  },
  {
    id: 'app-runner',
    about: 'AWS App Runner (running a containerized web application from source or an image, with load balancing, scaling and TLS handled)',
    names: ['app runner'],
    needs: ['deploy/deploys/run .. container/containerized/containerised .. web? application/app/service .. from .. source/repository/image', 'straight/directly from .. source/repository .. handle/handles/load_balancing/scaling', 'without .. create/creating/manage/managing .. cluster/clusters .. load balancer/balancers'],
  },
  {
    id: 'cloudtrail',
    about: 'AWS CloudTrail (a record of API calls: who made them, from where and when)',
    names: ['cloudtrail'],
    needs: ['which/what iam? identity/user/principal .. made/called/deleted/changed', 'who .. deleted/changed/modified/made/created', 'record/records/log/logs/audit .. api calls/activity .. identity/user/ip', 'management events', 'audit/auditors .. api call/calls'],
  },
  {
    id: 'transit',
    about: 'AWS Transit Gateway or VPC peering (connecting VPCs and networks to each other)',
    names: ['transit gateway', 'vpc peering'],
    needs: ['connect .. hundreds/dozens/many/multiple/several/two/thousands .. vpc/vpcs', 'hub and spoke', 'vpc/vpcs .. to each other', 'between .. vpc/vpcs', 'peer/peering .. vpc/vpcs', 'transitive routing', 'central/single/one hub', 'peering connection/connections', 'ten/twenty/thirty/forty/fifty/hundred/hundreds/dozens/many/numerous vpc/vpcs'],
  },
  {
    id: 'storage',
    about: 'storage services (Amazon S3 storage classes, EBS, EFS, Glacier, backups)',
    names: ['glacier', 'ebs', 'efs', 'fsx', 'storage gateway', 'aws backup', 'snowball'],
    needs: ['archive/archival .. data/file/files/backup/backups/storage', 'storage class/classes', 'block storage', 'shared file system', 'durable .. storage .. object/objects/backup/backups', 'store .. backup/backups', 'lifecycle polic/rule', 'block storage'],
  },
];
