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
  /**
   * Clue concepts of the rule that make this area's (not hard) needs a feature of a chapter service, each
   * group together: with an API in the text, WAF rules protect that API.
   */
  yieldsTo?: readonly (readonly string[])[];
}

/** What shows an API in the text: its name or words, an HTTPS endpoint for callers, a form posting to a backend, or an integration of API Gateway's own. */
const API_IN_TEXT = ['api-context', 'apigw-explicit', 'endpoint-need', 'dynamic-backend', 'service-integration', 'front-for-backend'];

/**
 * An API that writes straight into this service, with no code between: the service is the
 * integration's target, and the API the question. "No code" counts only beside an API: without
 * one ("rules route the vendor's events without writing polling code"), it is the service's own
 * promise.
 */
const INTEGRATION = [['rest-service-integration'], ...API_IN_TEXT.map((api) => ['no-glue-code', api])];

/** Phones and tablets as one word slot: what a mobile push notification reaches. */
const HANDSETS = 'mobile/phone/phones/smartphone/smartphones/iphone/iphones/ios/android/handset/handsets/tablet/tablets';
/** One's own premises as one word slot: where a private line to AWS starts. */
const PREMISES = 'on_premises/data_center/datacenter/data_centre/datacentre/office/offices/headquarters/hq/factory/factories/branch/branches/hospital/campus/facility';

export const AREAS: readonly Area[] = [
  {
    id: 'nlb',
    about: 'Network Load Balancer (layer 4: TCP/UDP, static IP addresses, extreme throughput)',
    names: ['network load balancer', 'nlb', 'gateway load balancer', 'gwlb'],
    needs: ['layer 4', 'layer four', 'millions of requests per second', 'ultra low latency', 'tcp/udp traffic/connection/port/protocol', 'tls passthrough/termination .. tcp'],
    hard: ['udp', 'tcp/udp traffic/connection/protocol/port/packet', 'non http/https traffic/protocol/workload', 'static ip/ips/address .. load balancer', 'load balancer .. static ip/ips/address', 'elastic ip .. load balancer', 'third_party/virtual/firewall appliance/appliances', 'tls passthrough', 'tls/ssl .. passed/pass/passes/passing through', 'tcp service/services/server/servers/application/applications/listener/listeners', 'elastic ip/ips .. per .. availability zone/az', 'static ip/ips/address/addresses .. per .. availability zone/az', 'one static/fixed/elastic ip .. per'],
  },
  {
    id: 'global-accelerator',
    // Content cached near viewers is CloudFront's, which carries the rest over the AWS network too.
    yieldsTo: [['edge-cache']],
    about: 'AWS Global Accelerator (static anycast IP addresses over the AWS global network)',
    names: ['global accelerator'],
    needs: ['jitter', 'packet loss', 'public internet .. congestion/congested/unreliable/unpredictable/hops', 'congestion/congested/unpredictable .. on .. the? public internet', 'enter/entering/enters/join/joins/joining .. aws backbone/network/global_network .. edge? location? .. close/near/nearest', 'aws global network', 'aws backbone/network .. carry/carried/route/routed', 'carry/carried/route/routed .. over .. aws backbone/network', 'fast regional failover .. static ip', 'deterministic failover', 'fixed/static entry ip/ips/address/addresses', 'fail/failover .. region/regions .. seconds'],
    hard: ['pair/couple of .. static/fixed/anycast ip/ips/address/addresses', 'two .. static/fixed/anycast .. ip/ips/address/addresses', 'without/instead/rather/not .. wait/waits/waiting/depend/depends/depending/rely/relies/relying .. dns', 'dns cache/caches/ttl/ttls .. expire/expires/expiring/propagate/propagates/propagation', 'fixed/static .. pair/set/couple/two/number .. ip/ips/address/addresses', 'same .. static/fixed/anycast .. ip/ips/address/addresses .. wherever/everywhere/every/all/any', 'region/regions .. fail/fails/failed/failure/outage/down/unavailable/unreachable .. shift/move/switch/fail_over/failover/redirect/reroute .. region .. within .. seconds', 'fixed/static ip/ips/addresses .. allowlist/allow_list/whitelist', 'anycast', 'two static/fixed ip/ips/address/addresses', 'nearest/closest healthy? region/regions/endpoint', 'static ip/ips/address .. global/world/worldwide/multiple region', 'global/world/worldwide .. static ip/ips/address', 'static entry point .. ip', 'non http/https .. global/world/worldwide', 'udp .. global/world/worldwide/latency', 'udp ... two/several/multiple/both/other/second region/regions', 'two/several/multiple/both region/regions ... udp'],
  },
  {
    id: 'route53',
    about: 'Amazon Route 53 (DNS: domain registration, public and private hosted zones, routing policies, DNS failover)',
    names: ['route 53', 'route53'],
    needs: ['sent/send/route/routed/routes/direct/directed .. to .. region/regions .. lowest/least/fastest latency', 'region/regions .. that? answer/answers/respond/responds .. lowest/least/fastest latency', 'health check/checks .. fail/fails/failed/failing ... region/regions', 'region/regions ... health check/checks .. fail/fails/failed/failing', 'dns', 'domain name system', 'internal/private dns/domain/name/names .. resolve/resolved/resolution', 'resolve/resolved .. across .. vpc/vpcs', 'register/buy/purchase .. domain/domains', 'domain registration/registrar', 'hosted zone', 'latency/geolocation/geoproximity/weighted/failover/multivalue routing polic/record', 'health check .. dns', 'resolve .. domain name', 'resolve/resolves/resolved .. name/names .. to .. private ip/ips/address/addresses', 'name/names .. not .. visible .. internet', 'translate domain name .. ip', 'cname/alias record', 'weighted record/records/routing', 'of the? visitor/visitors/user/users/customer/customers/traffic .. who? type/types/typing/enter/enters/visit/visits/open/opens .. domain/www/hostname', 'of the? visitor/visitors/users/customers who type/types/enter/enters', 'split/divide/share .. visitor/visitors/user/users/customers/traffic .. between .. data_center/datacenter/on_premises/premises/site/sites/stack/stacks ... domain/dns/www/hostname', 'visitor/visitors/user/users/customers/traffic .. domain/www/hostname ... split/divide/share/shared .. between', 'bought/purchased/registered .. domain/domains', 'answer/answers/resolve/resolves .. lookup/lookups/queries .. for .. domain/name/site/hostname', 'point/points .. www/domain/subdomain/hostname .. to .. its/their/the? load balancer/distribution/bucket/ip/server', 'standby/secondary/backup .. site/region/endpoint .. when/if/whenever .. main/primary .. stop/stops/fail/fails/unhealthy/unavailable/down',
      // Latency and failover routing between Regions, told by what happens rather than by the policy's name.
      'region/regions/endpoint/endpoints .. that? answer/answers/respond/responds/reply/replies .. them/user/users/caller/callers/visitor/visitors/customer/customers/each/that? .. fastest/quickest/soonest', 'move/moved/shift/shifted/send/sent/route/routed/switch/switched/redirect/redirected/steer/steered .. to .. the? other/another/second/healthy/remaining/surviving region/regions ... if/when/whenever/should/once .. unhealthy/fail/fails/failed/down/outage/unavailable', 'if/when/whenever/should/once .. region/regions .. become/becomes/is/goes/go? .. unhealthy/down/unavailable/fail/fails ... move/moved/shift/shifted/send/sent/route/routed/switch/switched/redirect/redirected .. to .. the? other/another/healthy/remaining region/regions'],
  },
  {
    id: 'direct-connect',
    about: 'AWS Direct Connect (a dedicated private network line from a data centre to AWS)',
    names: ['direct connect'],
    needs: ['consistent network performance/bandwidth .. on_premises/data_center/office', `${PREMISES} ... consistent/steady/predictable network? performance/bandwidth/throughput`, 'consistent/steady/predictable network? performance/bandwidth/throughput ... never/not .. touch/touches/cross/crosses/traverse/traverses/use/uses .. public? internet', 'link/line/connection/circuit .. never/not .. touch/touches/cross/crosses/traverse/traverses/use/uses .. public internet'],
    hard: ['dedicated .. connection/line/link/circuit .. data_center/datacenter/on_premises/office/facility/aws', 'private .. connection/line/link .. not/bypass .. internet', 'bypass .. public internet', 'private/dedicated fiber/circuit/line', 'connection .. do/does not .. traverse/use/go .. internet', 'colocation ... connect/connection/connectivity/link/line/circuit/bandwidth', 'connect/connects/connecting/link/links .. colocation', 'colocation .. to .. aws/vpc/vpcs/cloud', 'gbps/gigabit .. dedicated? connection/link/line/circuit', 'dedicated .. link/line/connection/circuit .. into/to .. vpc/aws/cloud', 'dedicated/private link/line/connection/circuit .. instead of .. internet', 'predictable/consistent throughput/bandwidth .. instead of .. internet',
      `${PREMISES} .. to/and .. aws/vpc/vpcs/cloud ... dedicated/private link/line/connection/circuit/fiber`, `${PREMISES} .. to/and .. aws/vpc/vpcs/cloud ... not/never/without .. over/through/traverse/cross/use .. public? internet`, `connect/connects/connecting/link/links .. ${PREMISES} ... dedicated/private link/line/connection/circuit`, 'dedicated/private network? link/line/connection/circuit ... not/never/without .. over/through/traverse/cross/use .. public? internet', `dedicated/private network? link/line/connection/circuit .. from .. ${PREMISES}`, '1/10/100 gbps', 'gigabit/gigabits .. link/line/connection/circuit/port', 'dedicated/private network? link/line/connection/circuit .. rather than/instead of/not .. public? internet', `from .. ${PREMISES} .. private/privately? .. over/through/via .. dedicated/private link/line/connection/circuit`, 'bypass/bypasses/bypassing/avoid/avoids .. internet', 'high bandwidth/throughput .. private/dedicated .. connection/link/line/circuit', 'private/dedicated .. high bandwidth/throughput .. connection/link/line/circuit'],
  },
  {
    id: 'vpn',
    about: 'AWS Site-to-Site VPN or AWS Client VPN (encrypted tunnels over the internet, from a network or from users’ devices into a VPC)',
    names: ['site to site vpn', 'vpn', 'client vpn', 'virtual private gateway', 'customer gateway'],
    needs: ['openvpn', 'remote employees/workers/staff/users/contractors .. laptop/laptops/desktop/home .. vpc/private', 'vpn client/clients', 'desktop client .. vpc/private', 'encrypted .. connection/tunnel .. over .. internet', 'encrypted .. connection/tunnel/link .. across/through/via .. internet', 'no/not/without/never .. dedicated circuit/circuits/line/lines', 'connect .. office/offices/data_center/on_premises .. vpc .. quickly/cheaply/encrypt/encrypted', 'backup .. connection .. direct connect', 'over/across/through/using/via .. the? its/their/existing/current/same? .. internet line/link/connection/connections/uplink/circuit', 'without .. order/ordering/wait/waiting/buy/buying/install/installing/lease/leasing .. a? new? physical/dedicated .. circuit/circuits/line/lines/link/connection'],
    hard: ['ipsec', 'vpn tunnel', 'encrypted tunnel', 'encrypted .. backup/path/link/connection .. over .. internet', 'backup .. path/link/connection .. over .. internet', 'encrypted/secure .. connection/tunnel/tunnels/link ... between .. its/their/the/a/customer? .. network/networks/office/offices/branch/site/sites/data_center/datacenter/data_centre/datacentre/on_premises/premises/plant/warehouse/store/stores ... vpc/vpcs', 'network/networks/office/branch/site/plant/warehouse .. must? reach/connect/connects/join/joins .. the? vpc ... securely/encrypted .. over .. internet'],
  },
  {
    id: 'step-functions',
    yieldsTo: INTEGRATION,
    about: 'AWS Step Functions (workflows that coordinate several steps, with retries and state)',
    names: ['step functions', 'state machine'],
    needs: ['saga', 'wait/waits/waiting .. for .. approval/approvals', 'manager/human/manual approval/approvals', 'wait .. up to .. week/weeks/days', 'compensating/compensation step/steps/action/actions/transaction/transactions', 'wait/waits .. days/weeks/hours .. step/steps/flow/workflow', 'orchestrate/orchestration/coordinate/sequence .. step/steps/function/functions/service/services/task/tasks/workflow/microservice', 'chain/chains/chained/chaining .. together', 'chain/chains of .. lambda? step/steps/function/functions/service/services/task/tasks/microservice/microservices', 'chain/chains/chained/chaining the/its/their/our/these? two/three/four/five/six/several/multiple/many/various/separate .. step/steps/function/functions/service/services/task/tasks/microservice/microservices', 'workflow/workflows', 'visual workflow', 'human approval step', 'retry .. step/steps', 'run .. in sequence/order/parallel', 'multi step/stage .. process/pipeline/order/job', 'wait .. days/weeks .. before .. next step', 'long running workflow'],
  },
  {
    id: 'sqs',
    // (A managed entry point that authorizes or throttles the calls decouples clients from backends as API Gateway's front door, not as a queue.)
    yieldsTo: [...INTEGRATION, ...['throttling', 'user-auth', 'lambda-authorizer', 'iam-auth'].map((control) => ['front-for-backend', control])],
    about: 'Amazon SQS (a message queue to decouple and buffer work)',
    names: ['sqs', 'simple queue service'],
    needs: ['tightly coupled', 'managed queue', 'durable/reliable queue/queues', 'be queued/enqueued', 'queue .. read/reads/consume/consumes/process/processes .. whenever/when .. healthy/available/ready/back', 'exactly once .. order/orders/message/messages/job/jobs', 'in the order .. received/sent/arrived/placed', 'worker/workers .. instances? .. process/processes/pull/pulls/poll/polls .. queue/order/orders/message/messages/job/jobs', 'absorb/absorbs .. burst/bursts/spike/spikes/peaks', 'at its/their own pace', 'unprocessed message/messages .. retain/retained/kept', 'work through .. at .. own pace', 'message queue/queues/queuing', 'queue/queues .. message/messages/order/orders/job/jobs/task/tasks/work', 'decouple/decoupling/decoupled', 'loosely coupled', 'buffer .. request/requests/message/messages/order/orders/writes/spikes/load', 'dead letter', 'fail/fails/failed .. processing .. times', 'moved/move/set aside .. inspect/inspection/later', 'rest of the queue', 'fifo', 'exactly once processing', 'process .. asynchronously .. worker', 'worker/workers .. pull/poll .. message/messages/job/jobs/task/tasks', 'producer/producers .. consumer/consumers', 'persist .. message/messages .. until .. processed', 'kept/keep/stored/store/held/hold durably', 'retried/retry/retries .. once/when/after .. back/available/online/up', 'offline/down .. order/orders/message/messages/request/requests .. lost', 'hold/held/keep/kept/store/stored/retain/retained .. order/orders/message/messages/job/jobs/request/requests/task/tasks/event/events .. until .. worker/workers/consumer/consumers/processor/processed/free/available/ready', 'worker/workers/consumer/consumers .. cannot/can\'t .. keep up/process', 'process .. fast enough', 'nothing/no .. lost .. worker/workers/consumer/consumers .. down/offline/unavailable', 'wait/waits/waiting .. until ... worker/workers/processor/processors/consumer/consumers .. free/available/ready/idle', 'none/nothing/no .. lost .. worker/workers/consumer/consumers/processor/processors .. crash/crashes/crashed/fail/fails/failed', 'request/requests/message/messages/order/orders/job/jobs/task/tasks/event/events .. buffered', 'handed/passed/delivered/fed .. to .. the? processor/processors/worker/workers/consumer/consumers/backend .. as/when/once .. capacity .. free/frees/freed', 'placed/put/added .. in/into/on/onto .. a? queue', 'picked up .. later? .. by .. worker/workers/consumer/consumers/instance/instances/fleet', 'fail/fails .. and .. scale/scales .. independently', 'message/messages .. another/other/second/different component/service/application/system .. retrieve/retrieves/receive/receives/read/reads/poll/polls/pick/picks', 'falls/fall/fell/falling behind', 'sit/sits .. between .. them/the_two/services/components',
      // Nothing may be turned away, yet a delay is fine: the work waits in a buffer rather than being throttled or rejected.
      'not/never/none/no .. turn_away/turned_away/reject/rejected/drop/dropped/lose/lost/refuse/refused/discard/discarded .. any/single/one/order/orders/message/messages/request/requests/job/jobs/event/events/submission/submissions', 'without .. turn/turning .. away/lose/losing/drop/dropping/reject/rejecting .. any? order/orders/message/messages/request/requests/job/jobs/event/events/submission/submissions', 'fine/ok/okay/acceptable/alright/allowed .. if/for/that/when .. some? .. processed/handled/fulfilled/delivered/completed .. later/delayed', 'processed/handled/fulfilled/completed .. a? few? minutes/hours/seconds later', 'sit/sits/placed/place/go/goes/put/insert/inserted/added/add .. between .. the? api/apis/website/site/app/application/web_tier/front_end/frontend/checkout/storefront .. and .. the'],
  },
  {
    id: 'sns',
    // A message sent to a stored connection ID goes back over a connection the WebSocket API keeps, not through a topic.
    yieldsTo: [...INTEGRATION, ['connection-ids']],
    about: 'Amazon SNS (publish/subscribe topics; email, SMS and mobile push notifications)',
    names: ['sns', 'simple notification service', 'sms'],
    needs: ['separate subscriber/subscribers', 'delivered/deliver .. at once .. to .. email/list/webhook/subscribers', 'processed independently .. by .. microservices/services/consumers/subscribers', 'each .. own queue', 'one event/message/upload .. several/multiple/three/many .. queue/queues/subscribers/consumers', 'text message/messages', 'text/texts/texting customer/customers/user/users/them/patients/members', 'email/emails them', 'publish/publishing .. notification/notifications .. once', 'email/emails .. notification/notifications/alert/alerts/subscriber/subscribers', 'send/sends/sending .. email/emails .. to', 'topic/topics .. subscriber/subscribers/subscription/subscriptions', 'fan out .. queue/queues/subscriber/subscribers/endpoint/endpoints', 'one event/message/notification .. trigger/triggers/reach/reaches .. several/multiple/three/two/many/four', 'without .. producer/publisher .. knowing', 'mobile push notification', 'push notification/notifications .. mobile/phone/phones/ios/android/devices', 'email/e_mail .. subscriber/subscribers/notification/notifications', 'send/sends/sent/sending/go/goes/deliver/delivers/delivered/forward/forwarded/notify/notifies/alert/alerts .. to .. email/e_mail address/addresses', 'deliver/delivered/delivers/send/sent/sends/publish/published/publishes .. to .. several/multiple/three/many/two/four/separate .. queue/queues/subscriber/subscribers/endpoint/endpoints', 'same moment/time .. queue/queues/subscriber/subscribers/email/e_mail', 'queue/queues .. and .. email/e_mail', 'one message/event/notification .. delivered/sent/published .. to .. several/multiple/three/many/separate/each', 'fan/fans/fanned/fanning .. out .. to .. subscriber/subscribers/queue/queues/endpoint/endpoints', 'message/event/notification .. reach/reaches/delivered .. email/e_mail .. queue/queues', 'one/single/same published? alert? message/event/notification/alert .. deliver/delivered/sent/go/goes/reach/reaches ... sms/email/e_mail/phones/queue/queues/subscriber/subscribers', 'as sms ... email/e_mail ... queue/queues', 'email distribution list',
      `notification/notifications/alert/alerts/notify/message/messages .. ${HANDSETS}`, `push/send/sends/deliver/delivers .. notification/notifications/alert/alerts ... ${HANDSETS}/device/devices`, `${HANDSETS} .. push/notification/notifications/alert/alerts`, 'badge/badges .. app/apps/icon/icons/home_screen', 'app/apps/icon/icons/unread .. badge/badges', 'lock screen/screens', 'fan/fans/fanned/fanning .. out .. to .. recipient/recipients', 'publish subscribe service/services/topic/topics/messaging', 'without .. the? sender/producer/publisher/source .. having? to? know/knowing', 'push/pushes .. each? message/messages .. to .. all/every/each/several/many .. subscriber/subscribers/endpoint/endpoints/recipient/recipients'],
    // A message that reaches a phone whose app is not running goes through the platforms' push services: no connection of a chapter service is open then.
    hard: ['apns', 'apple push notification/notifications', 'firebase cloud messaging', 'fcm', 'google cloud messaging', 'amazon device messaging', 'even when/if .. app/apps/application .. closed/background/not', 'app/apps/application .. is/are? closed/backgrounded', 'app/apps/application .. in the background', 'app/apps/application .. not .. open/opened/running/active/in use', 'not .. currently? running/using/opened/open .. the? app/apps/application', 'lock screen/screens'],
  },
  {
    id: 'eventbridge',
    yieldsTo: INTEGRATION,
    about: 'Amazon EventBridge (an event bus, event rules, and schedules with EventBridge Scheduler)',
    names: ['eventbridge scheduler', 'eventbridge', 'event bridge', 'cloudwatch events'],
    needs: ['one time .. reminder/reminders/schedule/schedules/task/tasks/job/jobs/invocation .. specific/future/particular', 'run/runs/invoke/invoked/trigger/triggered .. at .. specific/scheduled/exact/future .. date/time/moment', 'millions of .. schedules/reminders/timers', 'whenever .. instance/resource/bucket/object .. change/changes/changed .. state', 'state change/changes', 'changes to the .. state', 'rule/rules .. route/routes/routing/send/sends/forward .. event/events', 'partner event source/sources', 'event source/sources .. saas/partner', 'event bus', 'shared/central/common .. bus', 'schema registry', 'archive .. and .. replay', 'publish/publishes .. business? event/events .. bus', 'event driven .. rule/rules', 'route/routing .. event/events .. rule/rules/target/targets', 'event/events from .. saas/partner/aws_service/aws_services/vendor/vendors', 'content based .. filter/filtering/routing/rule/rules', 'event/events .. match/matching/matched .. rule/rules/pattern/patterns', 'rule/rules .. match/matches/matching .. field/fields/attribute/attributes/content .. inside/in/of .. event/events', 'record/records/object/objects/data change/changes/changed .. in the .. saas', 'event pattern/patterns', 'onto/on/to/into .. same/one/single/shared/central/common/custom/default .. bus', 'react/respond .. event/events .. saas/partner', 'schedule/schedules/scheduled .. rule/rules', 'cron expression', 'run .. every .. minute/minutes/hour/hours/day/night .. schedule', 'state change event/events', 'event/events .. into .. aws account', 'saas partner/partners .. event/events', 'event/events from .. saas/vendor/partner .. account/bus/rule/rules', 'rule/rules .. match/matches/matching .. route/routes/send/sends .. target/targets', 'route/send .. to .. different/multiple/several target/targets', 'every night/day/morning/evening/hour/week at', 'every weekday/weekdays/weekend/month/monday/tuesday/wednesday/thursday/friday/saturday/sunday .. at ... run/runs/start/starts/trigger/triggers/invoke/invokes/execute/executes/launch/launches', 'not/no/without/never .. keep/keeping/run/running/maintain/maintaining .. server/servers/instance/instances .. for? cron/crontab', 'run/runs/trigger/triggers/invoke/invokes .. every night/day/hour/week/morning/evening/weekday/weekdays/weekend/month/quarter/year/monday/tuesday/wednesday/thursday/friday/saturday/sunday', 'run/runs/trigger/triggers/invoke/invokes .. every .. minute/minutes/hour/hours', 'managed scheduler', 'rather/instead .. than/of .. server/instance/machine .. running/runs/run .. cron/crontab', 'run/runs .. once at', 'one time .. schedule/run/invocation', 'start/starts/begin/begins/kick_off/kicks_off/fire/fires/trigger/triggers/run/runs .. by itself/on its own .. at/every/each', 'start/starts/begin/begins/kick_off/kicks_off/fire/fires .. at .. every/each .. day/night/morning/evening/weekday/weekdays/week/hour/month/monday/tuesday/wednesday/thursday/friday/saturday/sunday', 'start/starts/begin/begins/kick_off/kicks_off/fire/fires .. every/each .. day/night/morning/evening/weekday/weekdays/week/hour/month/monday/tuesday/wednesday/thursday/friday/saturday/sunday .. at', 'rule/rules/filter/filters .. that? match/matches/inspect/inspects/look/looks/check/checks .. at/on? .. attribute/attributes/field/fields/content/contents .. of/in/inside? .. each? event/events', 'rule/rules ... decide/decides/choose/chooses/pick/picks .. which .. target/targets', 'deliver/delivers/route/routes/send/sends .. each .. event/events .. only? to .. the? target/targets', 'saas/vendor/partner/third_party .. tool/app/application/service/vendor/account? ... send/sends/emit/emits/feed/feeds/push/pushes/publish/publishes .. its/their? own? event/events', 'native/built_in partner integration/integrations', 'event/events .. that? saas/vendor/partner .. emit/emits/send/sends/publish/publishes', 'run/runs/trigger/triggers/triggered/invoke/invokes/invoked/execute/executes/start/starts .. at .. every/each .. day/night/morning/evening/weekday/weekdays/week/hour/month/monday/tuesday/wednesday/thursday/friday/saturday/sunday', 'no/without/nobody .. person/one/human/operator/anyone? .. start/starts/starting/trigger/triggers/triggering/launch/launching/kick/kicking .. it/them/the_job/the_function/the_task', 'on a fixed/regular/recurring/set/timed schedule', 'cron host/hosts/server/servers/machine/machines/box/daemon', 'start/starts/trigger/triggers/invoke/invokes/run/runs/fire/fires .. it/them/function/functions/job/jobs? .. on .. that/this/the/a/its/their schedule', 'whenever/each_time/every_time/when .. ec2? instance/instances/bucket/buckets/resource/resources/volume/volumes .. is/are? stopped/terminated/launched/created/deleted/modified', 'schedule/schedules/scheduled/scheduling .. it/them/the? lambda? function/functions/job/jobs', 'first/last day of .. every/each month'],
  },
  {
    id: 'cognito',
    about: 'Amazon Cognito (user pools for sign-up and sign-in, identity pools for temporary AWS credentials)',
    names: ['identity pool', 'identity pools', 'federated identities'],
    needs: ['host/hosts/hosting .. sign_in/signin/login/log_in page/pages/screen/screens', 'federate/federates/federating .. employees/users? .. from .. saml/identity provider/idp', 'without .. building .. login/sign_in screens/pages/forms', 'hosted sign_in/signin/login/sign_up/log_in page/pages/ui', 'hosted ui', 'sign/log in .. with .. own? company/corporate/their .. saml/social/identity provider', 'saml .. federation', 'guest/guests/unauthenticated/anonymous .. user/users/player/players/visitor/visitors/access/identity/identities/customers .. aws? credential/credentials', 'temporary .. aws credential/credentials', 'guest/unauthenticated user/users/access/identities', 'sign up and sign in', 'sign up .. sign in', 'user sign up', 'user directory', 'social identity provider/providers/login/sign', 'sign in/log/login with google/facebook/apple', 'directly .. access/call/upload/write/read .. s3/dynamodb .. from .. app/browser/device', 'write/upload/read .. directly .. s3/dynamodb .. from .. device/app/browser/phone', 'short_lived/scoped/limited/temporary .. aws? credential/credentials/creds', 'issue/issues/vend/vends .. creds/credentials', 'multi factor authentication .. user/users/app', 'mfa .. user/users/app', 'manage .. user/users .. profile/profiles/password/passwords/identity/identities', 'password reset/recovery', 'reset/resets/recover/recovers .. forgotten/lost? password/passwords', 'sign up .. verify/verifies/confirm/confirms .. email/e_mail/phone', 'verify/verifies/verified/confirm/confirms .. email/e_mail address/addresses/phone number', 'member/members/user/users/customer/customers/player/players .. directory', 'turn on/enable/enables/set_up .. multi factor authentication/mfa'],
    // Handing out AWS credentials is Cognito identity pools' (or STS's) job: no service of the rule issues them.
    hard: ['receive/receives/get/gets/obtain/obtains/issue/issues/vend/vends/hand/hands/give/gives .. temporary/short_lived/limited_privilege/scoped .. aws? credential/credentials', 'temporary .. aws credential/credentials .. guest/guests/unauthenticated/device/devices'],
  },
  {
    id: 'elasticache',
    about: 'Amazon ElastiCache (an in-memory cache or session store in front of a database)',
    names: ['elasticache'],
    needs: ['redis', 'memcached', 'valkey', 'in memory .. cache/caching/store/data_store/database', 'session store/state/data', 'sub millisecond/microsecond', 'cache .. database query/queries/read/reads/result/results', 'database .. read/reads/query/queries .. cache/cached/caching', 'leaderboard .. sorted set', 'keep/keeps/hold/holds/store/stores .. query? result/results/data .. in memory', 'under/below .. a? millisecond', 'database .. overload/overloaded/overwhelmed .. same/repeated/popular .. query/queries/read/reads'],
  },
  {
    id: 'auto-scaling',
    about: 'Amazon EC2 Auto Scaling (adding and removing instances to match demand, on a schedule or a forecast)',
    names: ['ec2 auto scaling', 'auto scaling group', 'auto scaling groups'],
    needs: ['instance/instances/server/servers .. added/launched/started .. when/as/once ... removed/terminated/stopped', 'instance/instances/server/servers .. added/launched .. and .. removed/terminated', 'added/launched/started .. as/when/once .. demand/load/traffic ... removed/terminated/stopped', 'instances .. every weekday/weekdays/night/nights/weekend/weekends', 'fixed timetable/schedule .. instances/capacity', 'changes/change/adjust/adjusts .. capacity .. automatically', 'capacity .. grow/grows/scale/scales/increase .. before ... shrink/shrinks/scale_in/decrease', 'replace/replaces/replacing .. instance/instances .. fail/fails/failed/unhealthy', 'scheduled/schedule .. to? grow/scale/increase .. capacity/instances', 'capacity scheduled', 'scale/scales/scaling .. out and in', 'scale/scales/scaling .. based on .. message/messages/queue/metric/cpu/depth', 'more/additional/extra .. ec2? instance/instances .. for .. traffic/weekend/peak/load/sale', 'instance/instances .. removed/terminated/remove .. again/afterwards/after', 'every friday/monday/morning/night/weekend .. instance/instances', 'add/adds/launch/launches .. remove/removes/terminate/terminates .. instance/instances/server/servers/capacity', 'scale/scales/scaling out .. in .. instance/instances/demand/load', 'instance/instances/capacity/server/servers .. automatic/automatically .. demand/load/utilization', 'instance/instances/capacity/server/servers .. automatic/automatically .. as/when/with/to/match/matching/follow/follows .. traffic', 'adjust/match/grow/shrink .. number of .. instance/instances/server/servers', 'replace .. unhealthy .. instance/instances .. automatic/automatically', 'minimum/desired .. number/count .. instance/instances', 'scaling policy/policies', 'cpu utilization .. add/launch', 'target tracking', 'average cpu/utilization', 'cpu utilization .. stay/stays/near/target/around/below/above', 'shrink/contract .. again/afterwards/later/automatically/own', 'more .. instance/instances .. shrink/fewer', 'capacity .. add/added/increase/increased .. remove/removed/decrease/decreased', 'add/added .. capacity/instances .. ahead/before .. peak/spike', 'predictive/scheduled scaling', 'based on .. pattern/patterns/history .. previous/past .. week/weeks/day/days', 'keep/kept/keeps/stay/stays/remain/remains/hold/held .. between .. and .. instance/instances/server/servers', 'never fewer/less than .. instance/instances/at_any_time/at_all_times', 'minimum .. maximum .. instance/instances/capacity/fleet/group/size', 'unhealthy/failed/failing/impaired/unresponsive instance/instances .. replace/replaced/replacing', 'instance/instances .. terminate/terminated .. and .. replace/replaced', 'instance/instances .. launch/launched/add/added/start/started ... remove/removed/terminate/terminated/stop/stopped .. again? afterwards/after/later', 'number of .. instance/instances/server/servers .. raise/raised/increase/increased/reduce/reduced/lower/lowered/brought/drop/dropped', 'launch/launches/start/starts/create/creates .. a? replacement/replacements .. automatic/automatically', 'replacement/replacements instance/instances/server/servers .. automatic/automatically', 'keep/keeps/maintain/maintains/always .. at least .. healthy? instance/instances/server/servers', 'at least .. healthy instance/instances/server/servers', 'instance/instances/server/servers/fleet ... follow/follows/track/tracks .. demand/load/traffic/usage', 'number/count .. follow/follows/track/tracks .. demand/load/traffic/usage .. automatic/automatically', 'instance/instances/server/servers/fleet .. rise/grow/expand and fall/shrink/contract .. with .. demand/load/traffic/usage', 'number/count of .. instance/instances/server/servers .. to? grow/rise/increase/expand ... shrink/fall/decrease/drop/contract', 'instance/instances/server/servers .. be? added/launched .. before/ahead ... removed/taken_away/terminated/stopped', 'replace/replaced/replacing/swap/swapped/swapping ... when/whenever/if .. they/it/instance/instances/server/servers? .. fail/fails/failed .. their/its/the? health check/checks'],
  },
  {
    id: 'fargate',
    about: 'AWS Fargate (serverless compute for containers)',
    names: ['fargate'],
    needs: ['container/containers .. without .. provision/provisioning/manage/managing/patch/patching/scale/scaling .. server/servers/instance/instances/ec2/cluster/clusters', 'serverless .. container/containers', 'specify/choose/set .. cpu .. memory .. task/tasks/container/containers', 'no/without .. ec2 instance/instances .. container/containers', 'no longer/not/never .. want/wants/wish/wishes .. to? choose/pick/manage/patch/scale/resize/provision ... ec2? instance/instances/server/servers/machine/machines/host/hosts .. underneath/beneath/below/under', 'choose/pick/manage/patch/scale/resize/provision ... ec2? instance/instances/server/servers/machine/machines/host/hosts .. underneath/beneath .. container/containers/task/tasks'],
  },
  {
    id: 'elastic-beanstalk',
    about: 'AWS Elastic Beanstalk (deploying a web application while AWS runs the servers, load balancing and scaling)',
    names: ['elastic beanstalk', 'beanstalk'],
    needs: ['deploy/deploys .. docker/web application/app .. by uploading/upload', 'aws .. create/creates .. and .. manage/manages .. environment', 'upload/uploading/uploads .. zip ... platform/aws .. create/creates/provision/provisions/set .. load balancer/balancers', 'platform .. create/creates/provision/provisions .. load balancer .. auto scaling', 'handle/handles/handling/manage/manages .. capacity provisioning', 'capacity provisioning .. load balancing .. scaling', 'managed platform updates', 'deploy/deploys .. web? app/application .. without .. learn/learning/know/knowing/manage/managing .. infrastructure', 'upload/uploads/uploading .. web? app/application/applications/code ... provision/provisions/provisioning/create/creates .. instance/instances/capacity/load_balancer/environment', 'provision/provisions/provisioning .. ec2? instance/instances .. load balancer/balancers .. scaling', 'upload .. code .. handle/handles/provision/provisions/capacity/deployment', 'deploy .. web app/application .. without .. manage/managing/worry/worrying/knowledge .. infrastructure/server/servers', 'deploy .. java/php/python/ruby/node/docker .. app/application/applications .. without', 'platform as a service', 'paas', 'developers/developer .. focus .. code .. not .. infrastructure', 'take/takes/taking care of/handle/handles/handling/manage/manages/managing/automate/automates .. provision/provisioning/capacity .. load balancing/scaling/monitoring/health', 'upload/deploy/push .. code ... provision/provisioning/capacity/scaling/load_balancing', 'upload/uploads .. zip/zipped/code/app/application/war/jar/bundle ... aws/they/it .. build/run/runs/provision/create/manage/handle .. environment/infrastructure/everything', 'whole/entire environment', 'configure .. load balancer/balancers .. and .. scaling .. themselves', 'aws take/takes/taking care of .. provision/provisioning/capacity/scaling/load_balancing', 'aws .. should/will/must/to? then? create/creates/provision/provisions/launch/launches/set_up/sets_up ... instance/instances/server/servers ... load balancer/balancers', 'apply/applies/applying/install/installs .. platform update/updates', 'hand/give/gives/send .. aws .. zip/zipped/archive/bundle/copy .. code/application/app', 'give/gives/hand/hands/send/sends .. aws .. the/its/their? code/application/app/file/war/jar', 'hand/hands/give/gives .. the? code/application/app/file/war/jar .. to .. aws', 'server/servers/instance/instances/capacity .. load balancing .. scaling .. health/monitoring'],
  },
  {
    id: 'amplify',
    about: 'AWS Amplify (building and hosting full-stack web and mobile apps with CI/CD from Git)',
    names: ['amplify'],
    needs: ['add/adds/adding .. sign_in/authentication/auth/login .. data? backend .. storage', 'few commands', 'rebuilt/rebuild/built .. and .. deployed .. every/each .. push', 'every/each .. push/pushes ... build/built/deploy/deployed/rebuild/rebuilds/rebuilt/redeploy/redeploys/redeployed', 'preview/previews .. url/urls/environment/environments/link/links .. pull request/requests', 'git/github/repository .. push/pushes/commit/commits ... build/builds/built .. deploy/deploys/deployed', 'full stack .. web/mobile/app/application', 'ci/cd .. front_end/frontend/web_app/site', 'connect .. git/github/repository .. deploy/deploys/build/builds/host/hosting', 'git based .. deploy/deployment/hosting/workflow', 'pull request ... preview/previews', 'every/each push ... build/built/deploy/deployed', 'branch/branches .. preview/previews/environment/environments', 'continuous deployment/delivery .. git/branch/branches/repository/repo', 'add/adds/adding .. authentication/auth/storage/backend/api .. to .. app/application .. command line', 'toolkit/framework/library .. authentication/auth .. storage/backend/data', 'host/hosts/hosting .. app/application .. continuous deployment/delivery', 'ui components', 'client libraries .. sign_in/authentication/auth/data', 'rebuild/rebuilds/rebuilt/redeploy/redeploys .. from .. branch .. every/each? merge/merges/push/pushes/commit/commits', 'deploy/deploys/deployment/deployments/build/builds .. trigger/triggers/triggered/start/starts/started/run/runs .. by/on/with/after .. each/every/any? git? push/pushes/commit/commits/merge/merges', 'git? push/pushes/commit/commits/merge/merges .. trigger/triggers/triggered/start/starts .. build/builds/deploy/deployment/deployments', 'not/without/no .. configure/configuring/manage/managing/set_up/setting_up/create/creating .. bucket/buckets .. distribution/distributions', 'host/hosts/hosting ... build/builds/deploy/deploys/deployment/deployments .. from .. git/github/gitlab/bitbucket/codecommit/repository/repo', 'feature branch/branches .. preview/previews/environment/environments/site/url/urls/hosted', 'each/every .. branch .. own .. preview/environment/site/url/deployment', 'preview/previews/separate/staging .. site/sites/url/urls/environment/environments/deployment .. for .. each/every pull request/requests/branch/branches', 'every/each commit/commits/push/pushes/merge/merges .. to .. branch .. built/build/deployed/deploy/published/publish', 'git/github/gitlab/repository/repo ... built/build/builds .. and .. published/deployed/hosted .. automatic/automatically'],
  },
  {
    id: 'documentdb',
    about: 'Amazon DocumentDB (a managed MongoDB-compatible document database)',
    names: ['documentdb', 'document db'],
    needs: ['mongodb', 'mongo', 'document database/db/store'],
  },
  {
    id: 'dax',
    about: 'Amazon DynamoDB Accelerator (DAX: an in-memory cache in front of DynamoDB)',
    names: ['dax', 'dynamodb accelerator'],
    needs: ['microsecond .. read/reads/latency', 'in memory cache .. dynamodb', 'compatible with .. dynamodb api', 'dynamodb .. cache .. microsecond', 'cache/caching .. work/works/compatible .. existing? dynamodb api/call/calls/sdk', 'dynamodb .. read/reads/latency ... millisecond/milliseconds .. to .. microsecond', 'dynamodb ... microsecond read/reads/latency'],
  },
  {
    id: 'dynamodb',
    about: 'Amazon DynamoDB (a NoSQL key-value database, with global tables across Regions)',
    names: [],
    needs: ['managed nosql', 'nosql database/databases/store', 'nosql ... single digit millisecond', 'serverless key value .. database/store/table', 'key value database/store .. serverless/choose/which', 'keyed by .. id/key', 'on demand capacity', 'point in time recovery', 'json document/documents .. keyed/key', 'nosql/key_value .. table/tables/database .. replicate/replicated/replication .. region/regions', 'every/each/all region/regions .. accept/take .. write/writes', 'multi region .. active/writes', 'active active .. region/regions', 'which/what .. nosql/key_value .. database/store', 'nosql/key_value database .. single digit millisecond', 'store .. key value .. at any scale', 'serverless database/databases', 'serverless nosql/key_value', 'single digit millisecond .. response/responses/read/reads/write/writes/performance', 'database ... single digit millisecond'],
    // No service of the rule keeps a database in several Regions: a need here settles the question.
    hard: ['global table/tables', 'dynamodb table/tables/data .. replicate/replicated/replicates/replication/copy/copies/copied .. region/regions', 'database/table/tables .. replicated/replicate .. across .. region/regions .. read/write/writes', 'read and write .. local/locally .. region/regions', 'multi region/regional .. table/tables/database'],
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
    id: 'waf',
    about: 'AWS WAF (web ACL rules against web exploits such as SQL injection, rate-based rules and country blocks, on CloudFront, an ALB or a REST API)',
    names: ['aws waf', 'waf', 'web acl', 'web acls', 'web application firewall'],
    yieldsTo: [['api-context'], ['apigw-explicit'], ['rest-named'], ['apigw-definition']],
    needs: ['block/blocks/blocking .. ip/ips/address/addresses .. more than .. request/requests', 'bot/bots .. hammering/flooding/scraping/hitting', 'sql injection', 'cross site scripting', 'xss', 'block/reject/deny/filter .. request/requests/traffic .. from .. country/countries', 'geo match', 'rate based rule/rules', 'managed rule/rules', 'rule group/groups', 'web exploit/exploits', 'common web attack/attacks', 'bad bot/bots'],
  },
  {
    id: 'kinesis',
    yieldsTo: INTEGRATION,
    about: 'Amazon Kinesis (collecting and processing streaming data in real time)',
    names: ['kinesis', 'data firehose'],
    needs: ['position/positions/reading/readings/event/events .. several/many times .. second', 'each/several/multiple/three .. team/teams/consumer/consumers/application/applications .. read/reads/consume .. same .. ordered? feed/stream', 're_read/reread/replay/replays .. last .. day/days/hour/hours', 'reading/readings/event/events/record/records/position/positions .. every second', 'two/several/multiple/different .. application/applications/consumer/consumers .. process/read/consume .. same data/stream/records', 'kept/keep .. in order .. per/each/every? .. device/van/vehicle/sensor/van/shard', 'continuous data? stream/streams .. several/multiple/many .. application/applications/consumer/consumers', 'continuous stream of .. transactions/events/records/readings/clicks', 'kept/keep/retain/retained/stored .. days .. replay/replayed/re_read/reread', 'processed/read/consumed .. by .. several/multiple/many .. consumers .. parallel', 'telemetry/events/readings/clicks .. arrive/arrives .. every second', 'ingest/collect/process/analyze .. stream/streams/streaming data', 'clickstream/clickstreams', 'real time .. analytics/analyze/analysis .. stream/streams/streaming/data', 'stream/streams .. log/logs/telemetry/sensor data .. real time', 'replay .. stream/streams/records', 'ingest/ingested/ingesting/ingestion .. real time', 'sensor/telemetry reading/readings/data/events/records .. every/per second', 'read/consumed/processed .. by .. several/multiple/many .. application/applications/consumer/consumers .. at once/same_time/concurrently/parallel', 'in order per/for each .. device/sensor/key/turbine/customer/shard', 'ordered stream/streams', 'independent/several/multiple/three consumer/consumers .. read/re_read/reread/replay', 'read .. and .. re read/reread/replay', 'each/several/multiple/three/two/different .. read/reads/consume/consumes/process/processes .. same .. event/events/record/records/data/messages .. in order', 'replay/replays/replayed/re_read/reread .. last/past/previous .. day/days/hour/hours/week .. event/events/record/records/data'],
  },
  {
    id: 'kinesis-video',
    about: 'Amazon Kinesis Video Streams (taking in live video from cameras and devices, keeping it for playback and analysis)',
    names: ['kinesis video streams', 'kinesis video'],
    needs: ['camera/cameras/doorbell/doorbells/webcam/webcams/monitor/monitors/dashcam/dashcams ... stream/streams/send/sends/feed/feeds/upload/uploads ... video/footage/feed/feeds ... into/to .. aws/cloud', 'video/footage/feed/feeds .. from .. camera/cameras/device/devices/doorbell/doorbells/dashcam/dashcams', 'live camera feed/feeds/footage/video', 'ingest/ingests/ingesting/take_in/takes_in .. the? live? video/footage', 'play/played/playing back .. the? footage/video/recording/recordings', 'footage/video/recording/recordings ... play/played/playing back/playback', 'computer vision/vision model/vision application ... video/footage/feed/feeds/camera/cameras', 'video/footage/feed/feeds/camera/cameras ... computer vision/vision model/vision application'],
  },
  {
    id: 'msk',
    about: 'Amazon MSK (Managed Streaming for Apache Kafka)',
    names: ['amazon msk', 'msk', 'managed streaming for apache kafka'],
    needs: ['kafka cluster/clusters/topic/topics/broker/brokers', 'operate/operates/run/runs/manage/manages .. the? broker/brokers', 'event streaming platform'],
    // Kafka clients speak Kafka's own protocol: neither a queue nor any service of the rule takes them unchanged.
    hard: ['kafka'],
  },
  {
    id: 'firehose',
    about: 'Amazon Data Firehose (delivering streaming data into S3, Redshift and other stores)',
    names: ['kinesis data firehose', 'amazon data firehose'],
    needs: ['batch/batched/batching .. compress/compressed/compressing .. deliver/delivered/load/loaded', 'no/without .. consumer code/application/applications', 'record/records/log/logs .. delivered/loaded .. into/to .. s3/redshift .. continuously/automatically', 'deliver/delivered/load/loaded/put .. stream/streaming/streamed .. data/record/records/log/logs .. into/to .. s3/redshift/bucket/opensearch/splunk/warehouse', 'stream/streaming/streamed .. data/log/logs/record/records .. in batch/batches', 'not/no/without .. write/writing/manage/managing .. stream consumer/consumers', 'streaming .. delivered .. automatically', 'delivered/deliver/written/write/landed/land/loaded/load ... to/into .. s3/bucket/data_lake/redshift ... in batch/batches', 'convert/converts/converted/converting/conversion .. to/into .. parquet/orc/columnar', 'compress/compressed .. and .. convert/converted'],
  },
  {
    id: 'outposts',
    about: 'AWS Outposts (AWS infrastructure and services running on premises)',
    names: ['outposts', 'outpost'],
    needs: ['data residency .. on_premises/building/facility', 'low latency .. on_premises .. aws services'],
    hard: ['run/running/runs/operate .. aws .. on .. own premises/site/building/facility/data_center/factory', 'same apis/api and? tools .. in .. cloud .. premises', 'premises .. same apis/api and? tools', 'same aws infrastructure/services/apis/tools/hardware', 'aws infrastructure/services/hardware .. on_premises/building/facility/site/data_center', 'same aws infrastructure/services/apis/tools .. on_premises/building/facility/data_center/site', 'aws infrastructure/services/apis/tools .. inside/in .. own building/facility/data_center/site', 'inside .. own building/facility/hospital/factory .. aws'],
  },
  {
    id: 'acm',
    about: 'AWS Certificate Manager (free public TLS certificates that renew automatically)',
    names: ['certificate manager', 'acm'],
    needs: ['public tls/ssl credential/credentials/cert/certs', 'tls/ssl/https credential/credentials/cert/certs .. issued/provided/free .. no? extra? charge/cost', 'renew/renewal/renewing/renews .. certificate/certificates', 'certificate/certificates .. renew/renewal/expire/expiring/expiry', 'buy/buying/purchase/purchasing .. tls/ssl certificate/certificates', 'free .. tls/ssl/public certificate/certificates', 'provision/provisioning/issue/issuing .. tls/ssl/public certificate/certificates', 'tls/ssl/https ... renew/renews/renewed/renewal/renewals/renewing .. automatic/automatically/itself/themselves/without/by_aws/for_them', 'nobody/no_one/never/without .. renew/renews/renewing ... tls/ssl/https', 'certificate/certificates ... lapse/lapses/lapsed/lapsing/run_out/runs_out/running_out/expired', 'certificate/certificates ... swap/swapped/replace/replaced/replacing/exchange .. fresh/new .. before/automatically/every', 'certificate/certificates ... for free/free_of_charge', 'browser/browsers .. warn/warns/warning/warnings .. visitor/visitors/user/users/customer/customers/reader/readers', 'certificate/certificates ... browser/browsers/visitor/visitors/client/clients trust/trusts/accept/accepts', 'trusted/valid .. tls/ssl/https/site/public? certificate/certificates .. for .. domain/domains/www/site', 'certificate/certificates .. prove/proves/proving/show/shows .. own/owns/control/controls .. domain/domains/name/names', 'issue/issues/issued/issuing/create/creates/created/obtain/obtains .. certificate/certificates .. for .. own? domain/domains/name/names/site/website/www', 'keep/keeps/kept .. certificate/certificates .. valid/current/up_to_date', 'certificate/certificates ... valid/current .. without/no .. manual/hand/anyone/nobody', 'certificate/certificates .. at no/without .. charge/cost'],
    // Certificates issued and renewed for the user: no service of the rule does that.
    hard: ['tls/ssl/https credential/credentials/cert/certs ... renewed/renew/renews/renewal/renewing .. automatic/automatically', 'tls/ssl/https credential/credentials/cert/certs ... automatic/automatically .. renewed/renew/renews/renewal', 'track/tracks/tracking/watch/watches/remember/remembers .. the? expiry/expiration/expiring date/dates', 'certificate/certificates ... renewed/renew/renews/renewal automatically', 'certificate/certificates ... automatic/automatically renewal/renewed/renew', 'public tls/ssl certificate/certificates .. issued/issue/provision/provisioned/free/no extra cost', 'renewed/renew/renews/renewal automatically .. before .. expire/expires/expiry', 'public tls/ssl certificate/certificates for']
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
    needs: ['pick/picks/picking/choose/chooses/choosing/select/selects/selecting/provision/provisions .. suitable/right/optimal/appropriate/enough .. ec2/spot/compute? .. capacity/compute/instances/instance_types', 'without .. manage/managing/install/installing/run/running/operate/operating/build/building .. a/its/their? own? job? scheduler/schedulers', 'hold/holds/keep/keeps/queue/queues .. the? pending .. work/jobs/tasks/simulations', 'thousands/hundreds of .. containerized/containerised? .. simulation/simulations/render/renders/rendering/model_runs', 'batch job/jobs .. queue/queues/dependencies/overnight/thousands', 'job queue/queues', 'job dependencies', 'containerized/containerised batch', 'thousands of .. batch/jobs .. overnight/night', 'job/jobs/task/tasks .. wait/waits/waiting .. their? turn', 'job/jobs .. wait/waits/waiting .. queue/line', 'schedule/schedules/scheduling .. the? job/jobs ... provision/provisions/provisioning .. compute/capacity', 'provision/provisions/provisioning .. the? optimal/right .. quantity/amount/type/types .. of? compute/capacity/instances', 'independent job/jobs', 'containerized/containerised job/jobs', 'job/jobs ... only after .. other/others/another/earlier .. finish/finishes/finished/complete/completes/completed', 'job/jobs/calculation/calculations/simulation/simulations/rendering/renders .. lined_up/queued/line_up ... compute/capacity', 'job/jobs/calculation/calculations/simulation/simulations/rendering/renders ... compute/capacity .. that? aws .. provision/provisions/pick/picks/size/sizes/choose/chooses/select/selects', 'ec2/fargate .. capacity .. chosen/picked/selected/provisioned .. automatically', 'queue/queues/queued/queuing .. the? job/jobs ... dependent/dependency/dependencies/order/compute/capacity', 'job/jobs ... run/runs/execute/executes/executed/run_on .. compute/capacity/instances .. aws .. provision/provisions/provisioned/size/sizes/sized/choose/chooses/chosen/pick/picks/picked', 'job/jobs ... aws .. provision/provisions/provisioned/size/sizes/sized/choose/chooses/chosen/pick/picks/picked .. compute/capacity', 'provision/provisions/size/sizes .. the? ec2/fargate/compute? capacity/compute .. that? run/runs .. the? job/jobs', 'job/jobs .. no/without .. scheduler/cluster/clusters', 'dependent job/jobs', 'job/jobs .. depend/depends .. on .. other/another/earlier', 'overnight/nightly/night .. thousands of .. separate/individual? job/jobs', 'order .. between .. dependent job/jobs/ones', 'size/sizes/sizing/provision/provisions/provisioning .. the? ec2/fargate/spot .. or? ec2/fargate/spot? capacity/compute/instances'],
  },
  {
    id: 'athena',
    about: 'Amazon Athena (SQL queries over data in S3, paid per query)',
    names: ['athena'],
    needs: ['sql/query/queries .. directly .. s3', 'sql queries .. data/logs/files .. in/stored .. s3', 'pay/paying/paid per query', 'without loading .. into .. database/warehouse', 'ad hoc .. sql/query/queries', 'pay/paying/paid .. only? for .. the? query/queries .. run/runs'],
  },
  {
    id: 'lightsail',
    about: 'Amazon Lightsail (simple virtual private servers at a predictable monthly price)',
    names: ['lightsail'],
    needs: ['predictable/fixed/flat monthly price/cost/fee', 'single/simple virtual server/servers', 'virtual private server/servers', 'vps', 'wordpress .. server/site/blog'],
  },
  {
    id: 'snowball',
    about: 'AWS Snowball Edge (Snow Family: moving terabytes of data into AWS offline on a shipped device, with local compute where the link is poor)',
    names: ['snowball', 'snow family', 'snowcone'],
    // Bulk data that the network cannot carry in time, told by its size, its slow link or the weeks an upload would take;
    // and work done on the data at a site with poor connectivity before it leaves (Snowball Edge's local compute).
    needs: ['slow/limited/poor/weak/unreliable/intermittent/patchy/spotty/metered/congested .. satellite/radio/microwave/cellular/rural/site/office? .. link/uplink/line', 'patchy/spotty connectivity', 'tb/terabytes/terabyte/petabytes/petabyte/pb ... move/moved/migrate/migrated/transfer/transferred/ship/shipped/copy/copied/upload/uploaded/load/loaded/get .. into/to .. aws? s3/aws/cloud/bucket', 'upload/uploading/transfer/transferring/copy/copying/send/sending/move/moving .. over/across/through .. the? network/internet/link/line/connection/wire ... take/takes/took .. week/weeks/month/months', 'take/takes/would_take .. week/weeks/month/months .. to .. upload/transfer/copy/send/move', 'process/processing/filter/filtering/clean/analyze/analyse/compute/run/prepare/compress .. locally/on_site/onsite/on_location/on_board/in_the_field ... before .. the? data/it/files/footage/imagery .. leave/leaves/shipped/sent/uploaded', 'process/processing/filter/filtering/analyze/analyse/compute/run .. on site/location/premises? ... before .. the? data/it/files/footage/imagery .. leave/leaves/shipped/sent/uploaded', 'rugged/ruggedized/ruggedised .. device/devices/appliance/appliances/box', 'physical .. device/devices/appliance/appliances .. ship/shipped/mail/mailed/return/returned', 'ship/shipped/mail/mailed/send .. device/devices/appliance/appliances/disk/disks/drive/drives .. back .. to? aws', 'little/no/limited/intermittent .. network? connectivity/bandwidth ... local/on_site/onsite/edge .. compute/processing/storage', 'remote/disconnected/austere .. site/sites/location/locations/field/ship/ships/vessel/mine .. no/little/limited/intermittent .. connectivity/internet/bandwidth', 'tb/terabytes/petabytes/petabyte/terabyte ... slow .. link/internet/connection/network', 'move/migrate/transfer/ship/get/copy/load .. tb/terabytes/petabytes/petabyte ... into/to .. s3/aws', 'offline .. transfer/migration', 'slow/limited internet/network link/connection/uplink/bandwidth', 'tb/terabytes/petabytes/terabyte/petabyte of .. data/records/files/archive/archived', 'ship/shipping .. data .. device/appliance'],
  },
  {
    id: 'ses',
    about: 'Amazon SES (sending bulk and transactional email, with bounce and complaint tracking)',
    names: ['ses', 'simple email service'],
    needs: ['dkim', 'order confirmations .. email/emails', 'password reset email/emails', 'send/sending .. email/emails .. at scale', 'email/emails ... bounce/bounces', 'bounce/bounces .. complaint/complaints', 'complaint/complaints .. email/track', 'send/sends/sending/deliver/delivers/delivering .. bulk/marketing/transactional/newsletter email/emails', 'bulk/marketing/transactional/newsletter email/emails .. to .. thousand/thousands/million/millions/customers/subscribers/recipients', 'receive/receives/receiving/received .. email/emails/e_mail/mail', 'incoming/inbound .. email/emails/e_mail/mail', 'email/emails/mail .. send/sent .. to .. address/@', 'email/emails .. from .. same/own/company/their/its .. domain', 'send/sends/sending .. reply/replies/answer/answers/email/emails/mail .. from .. same/own/company/their/its/our .. domain', 'mail/email/emails .. to .. be? received/receive .. by .. aws', 'send/sends/sending .. email/emails .. to .. thousand/thousands/families/customers/subscribers/recipients', 'email .. to .. 000', 'email/e_mail/mail inbox/inboxes', 'inbox/inboxes', 'undeliverable/undelivered', 'could/can not .. be? delivered', 'email/emails/e_mail/mail/address/addresses/inbox/inboxes ... bounce/bounced/bounces', 'bounce/bounced/bounces ... email/emails/e_mail/mail/address/addresses/inbox/inboxes', 'spam/junk', 'mail/mails/mailing/email/emailing .. receipt/receipts/reminder/reminders/confirmation/confirmations/invoice/invoices/newsletter/newsletters', 'receipt/receipts/reminder/reminders/confirmation/confirmations/newsletter/newsletters .. by/as/in .. email/e_mail/mail'],
  },
  {
    id: 'transfer-family',
    about: 'AWS Transfer Family (managed SFTP, FTPS, FTP and AS2 servers that store files in Amazon S3 or EFS)',
    names: ['transfer family', 'aws transfer'],
    needs: ['sftp/ftps/ftp/as2', 'secure file transfer protocol', 'file transfer protocol', 'managed file transfer', 'ssh', 'scp'],
  },
  {
    id: 'appconfig',
    about: 'AWS AppConfig (feature flags and application settings rolled out gradually, with rollback on an alarm)',
    names: ['appconfig', 'app config'],
    needs: ['feature flag/flags/toggle/toggles/switch/switches', 'turn/switch/switches/turns/enable/enables/release/releases .. new? feature/features .. on/off? .. for ... player/players/user/users/customer/customers/percent/subset/group/cohort', 'change/changes/update/updates/adjust/adjusts .. setting/settings/configuration/parameter/parameters/value/values ... without .. redeploy/redeploying/deploy/deploying/release/releasing/ship/shipping .. code/app/application', 'roll/rolls/rolled/rolling .. back .. automatic/automatically .. alarm/alarms', 'gradual/gradually/staged .. rollout/rollouts/roll_out .. of? setting/settings/configuration/flag/flags/feature/features', 'configuration/setting/settings .. roll/rolled/rolling/rollout .. out? gradual/gradually', 'roll/rolls/rolling .. change/changes/update/updates/configuration/setting/settings/value/values .. out gradual/gradually', 'change/changes/update/updates/configuration/setting/settings .. rolled/roll/rolling out gradual/gradually'],
  },
  {
    id: 'iot',
    about: 'AWS IoT Core (connecting devices over MQTT to the cloud)',
    names: ['iot core'],
    needs: ['mqtt', 'device shadow/shadows', 'millions of .. device/devices/meter/meters/sensor/sensors', 'device/devices/meter/meters/sensor/sensors .. publish/publishes .. reading/readings/telemetry/message/messages', 'connect .. device/devices/meter/meters/sensor/sensors .. cloud/aws', 'x.509/x509 .. certificate', 'connected device/devices/car/cars/vehicle/vehicles/thing/things', 'billion/billions/millions of .. connected? device/devices/car/cars/vehicle/vehicles/thermostat/thermostats/sensor/sensors', 'device/devices/car/cars/vehicle/vehicles/tractor/tractors/thermostat/thermostats/router/routers .. publish/publishes/send/sends/report/reports .. telemetry/reading/readings/status/temperature/temperatures', 'over the air', 'managed/manage .. as a fleet', 'meter/meters/sensor/sensors/device/devices .. send/sends .. usage? reading/readings/telemetry/data .. to .. aws/cloud'],
    hard: ['mqtt'],
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
    needs: ['secret/secrets .. store/stored/rotate/rotated/rotation', 'database password/passwords/credentials .. store/stored/encrypted/rotate/rotated', 'rotate/rotated/rotation .. password/passwords/credential/credentials', 'credential/credentials/password/passwords/token/tokens/login/logins/secret/secrets/api_key/api_keys ... out_of/outside/not .. source/code/git/repository/configuration/config/environment', 'credential/credentials/password/passwords/token/tokens/login/logins/secret/secrets ... fetch/fetched/fetches/retrieve/retrieved/retrieves/read/reads/pull/pulls/pulled .. at run_time/runtime/startup/start', 'credential/credentials/password/passwords/login/logins/secret/secrets .. swap/swapped/changed/replaced/renewed .. every/on_a_schedule/automatically/regularly', 'managed vault', 'vault .. store/stores/stored/hold/holds/keep/keeps .. credential/credentials/password/passwords/token/tokens/secret/secrets/login/logins', 'password/passwords/credential/credentials/secret/secrets ... changed/replaced/swapped/renewed .. automatic/automatically', 'store/stores/stored/storing/keep/keeps the/its/their/our/all? database? password/passwords/credential/credentials/secret/secrets'],
    hard: ['encrypted and rotated', 'rotated/rotate automatically .. every .. days', 'password/passwords/credential/credentials/secret/secrets ... rotate/rotated/rotation/rotating', 'rotate/rotates/rotated/rotating .. them/it/secret/secrets/password/passwords/credential/credentials/key/keys .. on a? schedule', 'rotate/rotates/rotated/rotating .. them/it .. automatically'],
  },
  {
    // AWS App Runner, which did the same, is closed to new customers: its name still reads as this area.
    id: 'ecs-express',
    about: 'Amazon ECS Express Mode (a container image run with its load balancer, HTTPS URL and scaling set up for you; AWS App Runner, which did the same, is closed to new customers)',
    names: ['ecs express mode', 'ecs express', 'app runner'],
    needs: ['image ... get/gets/receive/receives/return/returns/back .. https? url/endpoint', 'deploy/deploys/run .. container/containerized/containerised .. web? application/app/service .. from .. source/repository/image', 'straight/directly from .. source/repository .. handle/handles/load_balancing/scaling', 'without .. create/creating/manage/managing .. cluster/clusters .. load balancer/balancers'],
    hard: ['image ... aws .. create/creates/creating/provision/provisions/provisioning/set_up/sets_up/build/builds .. the? cluster/clusters', 'only .. the? container? image .. and .. iam? role/roles', 'container/containerised/containerized .. image ... run/runs/running .. from .. image', 'ecr ... run/runs/running .. from .. image', 'without .. configuring/configure/set_up/setting_up/operating/manage/managing .. cluster/clusters .. load balancer/balancers/orchestration']
  },
  {
    id: 'cloudtrail',
    about: 'AWS CloudTrail (a record of API calls: who made them, from where and when)',
    names: ['cloudtrail'],
    needs: ['which/what iam? identity/user/principal .. made/called/deleted/changed', 'who .. deleted/changed/modified/created', 'who .. made .. change/changes/update/updates/modification/modifications/deletion/deletions/api_call/api_calls', 'who made it/them and/or when', 'history/histories/trail/audit .. of .. every/each/all? api call/calls/activity', 'record/records/log/logs/audit .. api calls/activity .. identity/user/ip', 'management events', 'audit/auditors .. api call/calls'],
  },
  {
    id: 'transit',
    about: 'AWS Transit Gateway or VPC peering (connecting VPCs and networks to each other)',
    names: ['transit gateway', 'vpc peering'],
    needs: ['single/central/one .. hub', 'vpc/vpcs across .. accounts', 'route/routes/routing .. traffic .. between .. vpc/vpcs/all/sites', 'connect .. hundreds/dozens/many/multiple/several/two/thousands .. vpc/vpcs', 'hub and spoke', 'vpc/vpcs .. to each other', 'between .. vpc/vpcs', 'peer/peering .. vpc/vpcs', 'transitive routing', 'central/single/one hub', 'peering connection/connections', 'ten/twenty/thirty/forty/fifty/hundred/hundreds/dozens/many/numerous vpc/vpcs'],
  },
  {
    id: 'storage',
    about: 'storage services (Amazon S3 storage classes, EBS, EFS, Glacier, backups)',
    names: ['glacier', 'ebs', 'efs', 'storage gateway', 'aws backup', 'snowball'],
    needs: ['archive/archival .. data/file/files/backup/backups/storage', 'storage class/classes', 'block storage', 'shared file system', 'durable .. storage .. object/objects/backup/backups', 'store .. backup/backups', 'lifecycle polic/rule', 'block storage'],
  },
  {
    id: 'cloudwatch',
    about: 'Amazon CloudWatch (metrics, alarms, dashboards and logs for resources and applications)',
    names: ['cloudwatch alarm', 'cloudwatch alarms', 'cloudwatch logs insights', 'cloudwatch dashboard', 'cloudwatch dashboards', 'cloudwatch agent'],
    needs: ['dashboard/dashboards .. cpu/memory/disk', 'alarm/alarms .. when/if .. disk/memory/cpu/space', 'alarm/alarms .. when .. cpu/utilization/metric/metrics/threshold', 'cpu utilization .. alarm/alarms/notify', 'collect .. memory/disk .. metric/metrics .. instance/instances', 'dashboard/dashboards .. metric/metrics', 'custom metric/metrics', 'log/logs .. search/query/queried .. across .. application/applications/servers', 'centralize/centralise/central .. log/logs .. from .. instance/instances/servers/applications'],
  },
  {
    id: 'synthetics',
    about: 'Amazon CloudWatch Synthetics (scripted canaries that walk through an endpoint or a user journey on a schedule)',
    names: ['cloudwatch synthetics', 'synthetics canary', 'synthetics canaries', 'synthetic monitoring'],
    needs: ['scripted/synthetic .. check/checks/test/tests/probe/probes/transaction/transactions', 'the way/like/as .. a? real? customer/user/visitor .. would', 'simulate/simulates/simulated/simulating/mimic/mimics/imitate/imitates .. a? customer/customers/user/users/visitor/visitors/shopper/shoppers', 'every .. minute/minutes/hour ... even .. when/at .. no .. real? customer/customers/user/users/traffic', 'no real? customer/customers/user/users/visitor/visitors .. are? active/online/around', 'check/checks/test/tests/probe/probes .. every .. minute/minutes/hour ... alarm/alert/alerts', 'script/scripts/scripted .. every .. minute/minutes/hour/hours', 'as/like/the_way a/an? traveller/traveler/shopper/patient/member/buyer/guest/player/visitor/customer/user/client .. would', 'even .. overnight/at_night/weekend/weekends .. when .. nobody/no_one/no'],
  },
  {
    id: 'config',
    about: 'AWS Config (recording resource configurations and checking them against rules)',
    names: ['aws config', 'config rules', 'config rule'],
    needs: ['configuration/configurations .. changed/change/changes .. over .. past/last .. year/years/month/months/time', 'timeline/history/record .. of .. each? configuration/configurations', 'configuration timeline/history', 'flag/flagged/flags/mark/marked/report/reported .. noncompliant/non_compliant', 'out of compliance', 'noncompliant/non_compliant .. against .. rule/rules', 'continuous/continuously .. check/checks/evaluate/evaluates/audit/audits/assess .. whether .. every/each/all', 'configuration history', 'how .. configuration .. changed .. over time', 'history of .. configuration/configurations/changes', 'continuous/continuously .. check/checks/evaluate/evaluates/assess .. resource/resources/bucket/buckets/security group/groups .. compliance/compliant/rule/rules/encrypted/encryption', 'non compliant/noncompliant resource/resources', 'resource/resources .. drift/drifted .. from .. rule/rules/baseline', 'compliance .. resource configuration/configurations', 'record/records/recording/recorded .. resource? configuration/configurations', 'evaluate/evaluates/evaluating/assess/assesses/assessing .. them/configuration/configurations/resource/resources? .. against .. rule/rules/policy/policies', 'setting/settings/configuration/configurations .. of .. its? ... have? changed .. over .. past/last', 'configuration/configurations .. of .. aws? resource/resources .. comply/complies/compliant/compliance', 'record/records .. of? .. every? change/changes .. to .. the? configuration', 'what .. resource .. looked like'],
  },
  {
    id: 'guardduty',
    about: 'Amazon GuardDuty (threat detection from VPC Flow Logs, DNS logs and CloudTrail events)',
    names: ['guardduty', 'guard duty'],
    needs: ['spot/detect/detects/identify/find/flag .. threat/threats', 'known malicious ip/ips/address/addresses', 'vpc flow log/logs .. dns query? log/logs', 'cloudtrail event/events .. vpc flow log/logs', 'threat detection', 'detect/detects/spot/spots/identify .. compromised .. instance/instances/credential/credentials/account', 'unusual/anomalous/suspicious/malicious .. api activity/calls/behaviour/behavior', 'vpc flow log/logs .. dns log/logs', 'crypto mining/miners/cryptocurrency mining', 'flow log/logs .. dns query? log/logs', 'dns query? log/logs .. flow log/logs'],
  },
  {
    id: 'inspector',
    about: 'Amazon Inspector (scanning instances, containers and functions for software vulnerabilities)',
    names: ['amazon inspector', 'aws inspector'],
    needs: ['software vulnerabilities', 'vulnerability/vulnerabilities scan/scans/scanning/assessment', 'scan/scans/scanning .. instance/instances/image/images/container/containers/function/functions .. vulnerabilities/cves/cve', 'unintended network exposure', 'known cve/cves'],
  },
  {
    id: 'macie',
    about: 'Amazon Macie (discovering sensitive personal data in S3)',
    names: ['macie'],
    needs: ['discover/detect/find/scan/identify .. pii/personally_identifiable_information/personal_data/sensitive_data', 'credit_card/passport/social_security/bank_account number/numbers .. bucket/buckets/s3', 'personal/sensitive/personally identifiable data/information .. s3/bucket/buckets', 'pii .. s3/bucket/buckets', 's3/bucket/buckets .. contain/contains .. personal/sensitive data/information', 'discover/detect/find .. sensitive/personal data/information', 'credit card/passport number/numbers .. bucket/buckets/s3'],
  },
  {
    id: 'organizations',
    about: 'AWS Organizations (managing many accounts centrally, with consolidated billing and service control policies)',
    names: ['aws organizations', 'service control policy', 'service control policies', 'scp', 'scps', 'control tower'],
    needs: ['consolidated billing', 'one/single bill/invoice .. accounts', 'many/multiple/several/all/hundreds .. aws? accounts .. central/centrally/centralized/one_place/single_place', 'govern/manage/organize/organise .. multiple/many/several/all .. accounts', 'landing zone', 'prevent .. any account .. from', 'guardrail/guardrails .. accounts'],
  },
  {
    id: 'identity-center',
    about: 'AWS IAM Identity Center (single sign-on to many AWS accounts and business applications)',
    names: ['iam identity center', 'identity center', 'aws sso', 'aws single sign on'],
    needs: ['single sign on .. aws accounts', 'entra/azure/active_directory .. aws accounts', 'workforce/office/staff/employees .. single sign on', 'sign/log/signs/logs .. in .. once .. accounts', 'one place .. sign in .. accounts', 'access .. several/multiple/many/all .. aws accounts .. corporate/workforce/directory/active_directory', 'corporate/workforce directory .. credentials .. aws accounts', 'pick/choose/select .. account and role', 'workforce identities/users .. aws accounts'],
  },
  {
    id: 'iam',
    about: 'AWS Identity and Access Management (IAM users, groups, roles and permission policies)',
    names: [],
    needs: ['least privilege', 'permissions policy/policies .. user/users/group/groups', 'iam group/groups', 'iam user/users .. for .. employee/employees/developer/developers/each', 'root user/account', 'grant/give .. permission/permissions .. user/users/group/groups/developers/employees', 'attach/attaches/attaching/assign/assigns/assigning/give/gives/giving .. instance? profile/role .. to .. ec2? instance/instances', 'instance profile/role .. instead_of/rather_than .. access key/keys/credentials', 'instead_of/rather_than/without .. store/stored/storing/embed/embedded/embedding/hardcode/hardcoded/hardcoding .. access key/keys', 'access key/keys .. rotate/rotated/rotation', 'password policy', 'sign/log/signs/logs .. in .. to .. the? aws? management console', 'own .. sign_in/login/credentials .. management console', 'group/groups/grouped .. by .. team/teams/department/departments/job'],
  },
  {
    id: 'systems-manager',
    about: 'AWS Systems Manager (Parameter Store for configuration, Session Manager, Patch Manager, Run Command)',
    names: ['systems manager', 'parameter store', 'session manager', 'patch manager', 'run command'],
    needs: ['configuration values/data/settings/parameters .. central/centrally/versioning/hierarchy', 'store/stored/keep/kept .. configuration values/settings/parameters/strings', 'connection string/strings .. store/stored/central/centrally', 'patch/patching .. fleet/instances/servers .. schedule/automatically/maintenance window', 'shell access .. without .. ssh/bastion', 'without .. open/opening .. port 22/ssh', 'bastion host', 'run .. command/commands/script/scripts .. across/on .. fleet/instances/servers', 'operating system patch/patches', 'patch/patches/patching ... maintenance window', 'maintenance window', 'shell/terminal .. on/into/to .. instance/instances ... without .. ssh/bastion/inbound', 'bastion host/hosts', 'run/runs .. same? command/commands/script/scripts .. on .. fleet/instances/servers'],
  },
  {
    id: 'backup',
    about: 'AWS Backup (central backup policies and schedules across AWS services)',
    names: ['aws backup'],
    needs: ['backup plan/plans/policy/policies', 'central/centralized/centrally .. backup/backups', 'back up/backup .. across .. service/services/accounts', 'backup/backups .. schedule/scheduled/retention .. ebs/rds/dynamodb/efs'],
  },
  {
    id: 'efs',
    about: 'Amazon EFS (a shared, elastic NFS file system)',
    names: ['elastic file system'],
    needs: ['shared file system/storage', 'nfs', 'file system .. shared/mounted/mount .. many/multiple/several/all .. instance/instances/servers/containers', 'mount/mounted .. same .. file system/files', 'posix', 'mount/mounts/mounted .. simultaneous/simultaneously/concurrently/at_once/same_time', 'storage/file_system .. grow/grows .. and .. shrink/shrinks'],
  },
  {
    id: 's3-storage',
    about: 'Amazon S3 storage classes and lifecycle rules (Glacier archives, Intelligent-Tiering)',
    names: ['s3 glacier', 'glacier', 'intelligent tiering', 's3 standard ia', 'deep archive'],
    needs: ['rarely/seldom/infrequently access/accessed/read', 'archive/archived/archival .. years/decade/compliance/retain/retention', 'retain/retained/keep/kept .. seven/ten/7/10/five/5 years', 'retrieval .. within/in .. hours/minutes', 'lifecycle rule/rules/policy/policies', 'cheapest/lowest_cost .. storage .. archive/rarely/long_term', 'unknown/changing/unpredictable access pattern/patterns'],
  },
  {
    id: 'ebs',
    about: 'Amazon EBS (block storage volumes for EC2 instances)',
    names: ['elastic block store', 'ebs volume', 'ebs volumes', 'ebs snapshot', 'ebs snapshots'],
    needs: ['block storage .. instance/instances/ec2/database', 'volume/volumes attached .. instance/instances', 'boot volume/volumes', 'persistent block storage', 'snapshot/snapshots .. volume/volumes'],
  },
  {
    id: 'datasync',
    about: 'AWS DataSync or Storage Gateway (moving and syncing on-premises file data with AWS storage)',
    names: ['datasync', 'storage gateway', 'file gateway', 'tape gateway', 'volume gateway'],
    needs: ['on_premises .. file server/servers/share/shares .. s3/aws', 'nfs/smb share/shares .. s3', 'virtual tape/tapes', 'tape backup/backups/library', 'sync/synchronize/copy/replicate .. on_premises .. files/storage/nas .. s3/efs/aws', 'hybrid storage', 'local cache .. on_premises .. s3', 'nfs/smb file? server/servers/share/shares/nas', 'network drive/drives/share/shares', 'file server/servers/share/shares ... copy/copies/copied/sync/synced/migrate/migrated/move/moved/transfer/transferred .. s3/efs/fsx/aws', 'copy/copies/copied/sync/synced/migrate/migrated/move/moved/transfer/transferred .. file/files/folder/folders/data .. over/across/through/via .. its/their/the/our/existing? network link/connection/line', 'over/across/through/via .. its/their/the/our/existing? network link/connection/line ... verify/verifies/verified/verification/verifying/integrity/intact', 'verify/verifies/verified/verification/verifying/integrity/intact ... copy/copies/copied/transfer/transferred/file/files/data', 'incremental/changed/new and changed file/files/copy/copies/transfer/transfers/run/runs', 'only .. changed/new .. file/files', 'file/files/data/copy/copies/archive/archives/folder/folders ... arrive/arrived/arrives/reach/reached/land/landed/stay/stays/stayed .. intact/uncorrupted/unchanged/complete', 'copy/copies/copied/sync/synced/migrate/migrated/move/moved/transfer/transferred ... over/across/through/via .. its/their/the/our/existing? network/wan', 'online copy/copies/transfer/transfers/migration/sync/synchronization', 'cached/cache .. locally/on_site/on_premises', 'recently used/opened/accessed .. file/files/document/documents/one/ones .. cache/cached/local/locally'],
  },
  {
    id: 'redshift',
    about: 'Amazon Redshift (a petabyte-scale data warehouse for analytics)',
    names: ['redshift'],
    needs: ['data warehouse/warehousing', 'petabyte/petabytes .. analytics/analytical/queries/sql', 'complex analytical/analytic/olap queries', 'business intelligence .. warehouse', 'columnar .. warehouse/storage'],
  },
  {
    id: 'glue',
    about: 'AWS Glue (serverless ETL and a data catalog)',
    names: ['aws glue', 'glue crawler', 'glue data catalog', 'lake formation'],
    needs: ['etl', 'extract transform and load', 'extract transform load', 'data catalog/catalogue', 'crawl/crawler/crawlers .. schema/schemas/data', 'discover .. schema/schemas .. data', 'data lake .. permissions/catalog/govern', 'discover/discovers/infer/infers/detect/detects .. the? schema/schemas', 'central/centralized/shared .. catalog/catalogue .. dataset/datasets/data/table/tables', 'clean/cleans/prepare/prepares/transform/transforms .. the? data .. before .. load/loading/loaded', 'transform/transforms/transformed .. and .. load/loads/loaded .. into .. warehouse/redshift/data_lake'],
  },
  {
    id: 'emr',
    about: 'Amazon EMR (managed Hadoop and Spark clusters for big data processing)',
    names: ['amazon emr', 'elastic mapreduce'],
    needs: ['hadoop', 'apache spark', 'spark job/jobs/cluster/clusters', 'mapreduce', 'hive/presto .. cluster/clusters', 'big data .. cluster/clusters/framework/frameworks'],
  },
  {
    id: 'quicksight',
    about: 'Amazon QuickSight (business intelligence dashboards and visualisations)',
    names: ['quicksight'],
    needs: ['business intelligence', 'bi dashboard/dashboards/tool', 'dashboards and charts', 'interactive dashboard/dashboards', 'visualize/visualise/visualization/visualisation .. data/sales/metrics/kpis', 'charts .. share/shared/sharing .. executives/managers/browser', 'pay/paying/paid per session/user_session'],
  },
  {
    id: 'sagemaker',
    about: 'Amazon SageMaker (building, training and deploying machine-learning models)',
    names: ['sagemaker'],
    needs: ['train/training/trained .. machine_learning/ml .. model/models', 'build, train and deploy', 'machine_learning/ml model/models .. train/training/deploy/deploying/host/hosting', 'data scientists .. notebook/notebooks/model/models', 'jupyter notebook/notebooks', 'custom model/models .. train/training'],
  },
  {
    id: 'rekognition',
    about: 'Amazon Rekognition (image and video analysis: faces, objects, unsafe content)',
    names: ['rekognition'],
    needs: ['facial/face recognition/analysis/comparison/detection', 'detect/identify/recognize/recognise .. faces/objects/celebrities/labels .. image/images/photo/photos/video/videos', 'unsafe/inappropriate/explicit content .. image/images/photo/photos/video/videos', 'image moderation', 'compare .. faces', 'labels .. in .. image/images/photos', 'animal/animals/object/objects/scene/scenes/people/faces/celebrities ... image/images/photo/photos/picture/pictures/video/videos/frame/frames', 'image/images/photo/photos/picture/pictures ... animal/animals/object/objects/scene/scenes/people/faces/celebrities', 'pre_trained/ready_made/prebuilt/pre_built model/models', 'without/instead/rather .. training .. own? machine_learning/ml? model/models ... image/images/photo/photos/picture/pictures', 'image/images/photo/photos/picture/pictures ... without/instead/rather .. training .. own? machine_learning/ml? model/models', 'computer vision', 'image recognition/analysis'],
  },
  {
    id: 'comprehend',
    about: 'Amazon Comprehend (natural-language processing: sentiment, entities, key phrases)',
    names: ['comprehend'],
    needs: ['sentiment', 'key phrases', 'natural language processing', 'nlp', 'entities .. text/document/documents', 'topic/topics .. text/documents .. detect/extract/model', 'language of .. text .. detect', 'positive or negative', 'whether .. each? review/reviews/comment/comments/message/messages/post/posts .. positive/negative'],
  },
  {
    id: 'polly',
    about: 'Amazon Polly (turning text into lifelike speech)',
    names: ['polly'],
    needs: ['text to speech', 'lifelike speech', 'read/reads .. aloud', 'spoken audio .. from .. text', 'convert/turn/turns .. text .. into .. speech/audio/voice', 'text .. turned/converted/read .. into/as .. natural? sounding? speech/audio/voice', 'natural sounding/lifelike .. speech/voice/voices'],
  },
  {
    id: 'transcribe',
    about: 'Amazon Transcribe (turning speech into text)',
    names: ['transcribe'],
    needs: ['speech to text', 'transcript/transcripts/transcription .. call/calls/audio/recording/recordings/meeting/meetings', 'convert/turn/turns .. speech/audio/recording/recordings/calls .. into .. text', 'subtitles/captions .. automatically .. audio/video', 'transcript/transcripts .. of .. recorded? call/calls/audio/recording/recordings/meeting/meetings/interview/interviews', 'convert/converts/turn/turns/turned .. recording/recordings/audio/speech/calls/dictation/notes .. to/into .. written? text', 'dictated/dictation', 'spoken audio .. text', 'subtitle/subtitles/caption/captions .. video/videos'],
  },
  {
    id: 'translate',
    about: 'Amazon Translate (machine translation between languages)',
    names: ['amazon translate'],
    needs: ['translate/translated/translating/translation .. into .. language/languages/spanish/french/german/japanese', 'machine translation', 'other/several/multiple/many languages .. automatically/translate/translated', 'localize/localise .. content .. languages', 'convert/converted/converts/translate/translated/translates .. from .. english/spanish/french/german/japanese/chinese/portuguese/arabic/hindi/italian .. into'],
  },
  {
    id: 'lex',
    about: 'Amazon Lex (conversational chatbots with voice and text)',
    names: ['amazon lex'],
    needs: ['chatbot/chatbots .. understand/understands/recognize/voice/speech/intent/intents', 'conversational .. bot/bots/interface', 'virtual agent/agents/assistant', 'voice and text .. bot/bots/conversational', 'intent/intents .. utterance/utterances', 'voice bot/bots', 'voicebot/voicebots', 'understand/understands .. what .. caller/callers/customer/customers/user/users/guest/guests .. say/says/type/types'],
  },
  {
    id: 'kendra',
    about: 'Amazon Kendra (intelligent enterprise search)',
    names: ['kendra'],
    needs: ['enterprise search', 'intelligent search', 'search .. across .. document/documents/wiki/wikis/repositories/manuals', 'natural language questions .. documents'],
  },
  {
    id: 'bedrock',
    about: 'Amazon Bedrock (foundation models and generative AI through an API)',
    names: ['bedrock'],
    needs: ['foundation model/models', 'large language model/models', 'llm/llms', 'generative ai .. model/models/application/applications .. without .. train/training/manage/managing', 'text generation .. model/models'],
  },
  {
    id: 'devtools',
    about: 'AWS developer tools (CodePipeline, CodeBuild, CodeDeploy, CodeCommit: CI/CD)',
    names: ['codepipeline', 'code pipeline', 'codebuild', 'code build', 'codedeploy', 'code deploy', 'codecommit', 'code commit', 'codeartifact', 'codestar'],
    needs: ['release pipeline/pipelines', 'ci/cd pipeline/pipelines', 'continuous integration and continuous delivery/deployment', 'continuous integration', 'every commit .. build/built/test/tested/deploy/deployed', 'build/compile .. and .. test .. code .. managed', 'blue/green deployment/deployments .. instances/ec2/ecs/on_premises', 'deploy/deploys/deploying .. code/application .. to .. instances/servers/fleet .. automatically', 'approval stage/stages/action/actions .. pipeline/release', 'managed build service'],
  },
  {
    id: 'cloudformation',
    about: 'AWS CloudFormation (infrastructure as code: templates that create stacks of resources)',
    names: ['cloudformation', 'cloud formation', 'aws cdk', 'cloud development kit', 'aws sam', 'serverless application model'],
    // Identical stacks to be created are its job; identical stacks a company already runs are only the setting.
    needs: ['infrastructure as code', 'template/templates .. stack/stacks', 'stack/stacks .. template/templates', 'describe/define/defined/declare .. infrastructure/resources .. template/templates/code', 'create/deploy/provision/build/spin/stand/replicate/reproduce/launch/roll/need/want/require/set .. identical/same/repeatable .. environment/environments/stack/stacks .. account/accounts/region/regions', 'template/templates .. source_control/version_control/git/repository', 'provision .. resources .. from .. template/templates/code'],
  },
  {
    id: 'trusted-advisor',
    about: 'AWS Trusted Advisor (best-practice checks for cost, security, performance, limits)',
    names: ['trusted advisor'],
    needs: ['best practice check/checks', 'recommendations .. cost optimization .. security .. fault tolerance', 'idle/underutilized/underused .. resource/resources/instances .. recommend/recommendation/recommendations/check', 'service limits/quotas .. check/checks/approaching', 'open .. security group .. check', 'recommendation/recommendations/check/checks ... idle/underused/underutilized/unused .. instance/instances/resource/resources', 'close to/near/approaching .. their? service? quota/quotas/limit/limits', 'unrestricted/open .. security group .. port/ports', 'underused/underutilized/idle/unused .. resource/resources .. save/saved/money', 'check/checks/checking .. account/accounts/environment .. against .. best practice/practices', 'low utilization/utilisation .. instance/instances'],
  },
  {
    id: 'service-quotas',
    about: 'Service Quotas (the quotas of every AWS service in one console, with requests to raise them and their tracking)',
    names: ['service quotas', 'service quota'],
    // Raising one quota alone is also the chapter's soft limit: the console of all services' quotas, or tracking the request, is this service's own job.
    needs: ['see/view/check/list/compare/review .. the? current? value/values? of? .. quota/quotas/limit/limits ... across/for/of/beside/next_to .. its/their/all/every/other/many/each .. aws? service/services', 'quota/quotas/limit/limits .. of/for/across .. all/its/their/every/many/other .. aws? service/services .. in/from .. one/a_single/single/one_central/central .. place/console/view/dashboard/page', 'one/single/central place/console/view/dashboard/page ... quota/quotas/limit/limits .. of/for/across .. its/their/all/every/other/many .. aws? service/services', 'submit/request/file/open/raise .. and .. track .. request/requests/increase/increases', 'track/tracking/follow .. the? status? of? .. quota/limit .. increase/increases/request/requests', 'quota/limit .. increase/increases .. request/requests .. track/tracked/tracking/status'],
  },
  {
    id: 'cost-tools',
    about: 'AWS cost management tools (Budgets, Cost Explorer, Pricing Calculator, Cost and Usage Report, Cost Anomaly Detection, Compute Optimizer)',
    names: ['aws budgets', 'cost explorer', 'pricing calculator', 'cost and usage report', 'savings plans', 'compute optimizer', 'cost anomaly detection'],
    needs: ['unusual/unexpected/anomalous/abnormal/sudden .. spend/spending/cost/costs/charge/charges ... detect/detects/detected/spot/spots/flag/flags/alert/alerts/notify', 'detect/detects/spot/spots/flag/flags .. unusual/unexpected/anomalous/abnormal/sudden .. spend/spending/cost/costs/charge/charges/spike/spikes', 'over_provisioned/overprovisioned/oversized/under_utilized/underutilized .. instance/instances/function/functions/volume/volumes ... recommend/recommends/recommendation/recommendations/size/sizes/type/types', 'recommend/recommends/recommendation/recommendations .. optimal/right .. instance/ec2 type/types/size/sizes', 'forecast/forecasted/projected/expected .. charge/charges/invoice/billing', 'charge/charges/invoice/billing .. forecast/forecasted/projected .. above/over/exceed/exceeds', 'alert/alerts/notify/notification/email .. when/as_soon_as/if/once .. charge/charges/invoice/billing', 'charge/charges/invoice/billing .. go/goes/going/rise/rises/climb/climbs .. above/over/past .. $?', 'spend/spending/cost/costs/bill .. forecast/forecasted/projected/expected .. over/exceed/exceeds/above .. budget/threshold/limit', 'alert/alerts/notify/notification .. whenever/if/once .. spend/spending/cost/costs/bill', 'go/goes/going/run/runs over .. budget/budgeted', 'spend/spending/cost/costs/bill .. exceed/exceeds/exceeded .. budget/threshold/amount/limit/dollars', 'forecast/forecasted/forecasting .. spend/spending/cost/costs/bill', 'alert/alerts/notify .. when .. cost/costs/spend/spending/bill', 'estimate/estimated/estimating .. monthly? cost/costs/bill .. before .. migrating/building/launching/deploying', 'analyze/analyse/visualize/explore .. cost/costs/spending .. over_time/by_service/trends', 'break down .. cost/costs/spending', 'cost allocation tags', 'right size/rightsizing/right sizing', 'commit/commitment .. usage .. year/years .. discount', 'reserved instances', 'larger/bigger .. than .. they? need/needed', 'recommend/recommends/recommendation/recommendations .. instance size/sizes/type/types', 'utilization history'],
  },
  {
    id: 'support',
    about: 'AWS Support plans, AWS Health Dashboard and AWS Artifact (support cases, service health events affecting the account, compliance reports and agreements)',
    names: ['aws artifact', 'health dashboard', 'personal health dashboard', 'business support', 'enterprise support', 'developer support', 'technical account manager'],
    needs: ['aws .. service/services? .. issue/issues/problem/problems/outage/outages/disruption/disruptions/event/events ... affect/affects/affecting/impact/impacts/impacting .. its/their/our/the? own? resource/resources/account/accounts/instances/workloads', 'whether .. an? aws .. outage/issue/problem/disruption .. is? .. affect/affecting/impact/impacting', 'notified/notify/alert/alerts/told .. of/about .. aws? scheduled? maintenance/events/retirement .. affect/affecting/on .. its/their/our? resource/resources/instances', 'business associate addendum/agreement', 'baa', 'review/reviews/accept/accepts/download/downloads .. agreement/agreements .. with .. aws', 'soc 1/2/3', 'iso 27001', 'pci dss .. attestation/report/reports', 'compliance report/reports .. download/auditor/auditors', 'soc/iso/pci .. report/reports', 'technical account manager', 'support plan/plans', 'response time .. support case/cases', 'scheduled maintenance .. affect/affecting .. resources', 'aws service/services .. outage/outages/events .. affect/affecting .. account'],
  },
  {
    id: 'workspaces',
    about: 'Amazon WorkSpaces or AppStream 2.0 (virtual desktops and streamed applications)',
    names: ['workspaces', 'appstream'],
    needs: ['virtual desktop/desktops', 'desktop as a service', 'vdi', 'stream/streamed/streaming .. desktop/desktops/application/applications .. to .. browser/browsers/employees/users', 'windows/linux desktop/desktops .. employees/remote/contractors'],
  },
  {
    id: 'local-zones',
    about: 'AWS Local Zones, Wavelength or Regions and Availability Zones (where AWS infrastructure runs)',
    names: ['local zone', 'local zones', 'wavelength'],
    needs: ['single digit millisecond .. latency .. end users .. city/metro', '5g .. network/networks/devices .. latency', 'edge of .. 5g', 'close to .. large .. city/cities/population .. latency .. compute', 'isolated .. locations .. within .. region', 'physically separate .. data centers/centres .. region', 'nearest/closest .. aws? region .. too far', '5g network/networks', 'inside/within .. telecom/carrier/carriers/telco .. network/networks'],
  },
  {
    id: 'vpc-endpoints',
    about: 'Amazon VPC endpoints (gateway endpoints for S3 and DynamoDB, interface endpoints through PrivateLink: private access to AWS services from a VPC)',
    names: ['gateway endpoint', 'vpc endpoint', 'vpc endpoints', 'interface endpoint', 'privatelink'],
    needs: ['private subnet/subnets .. reach/access/call .. s3/dynamodb/aws_service/aws_services', 'reach/access/call .. s3/dynamodb .. without .. nat/internet', 'without .. nat gateway/gateways/instance .. s3/dynamodb', 'traffic .. to .. s3/dynamodb .. stay/stays/remain .. aws network/inside/within/private', 'access/reach/call/read/write .. s3/dynamodb .. from .. private subnet/subnets', 's3/dynamodb .. without .. nat gateway/gateways/instance/instances'],
    // Offering one's own service to other VPCs through PrivateLink (an endpoint service behind a Network Load Balancer).
    hard: ['endpoint service/services', 'service provider/consumer .. vpc/vpcs', 'expose/share/offer/provide/publish .. service/services/application/applications .. to .. customer/customers/consumer/consumers/other/partner .. vpc/vpcs/account/accounts .. private/privately', 'private/privately .. expose/share/offer/provide/publish .. service/services/application/applications .. customer/customers/consumer/consumers/other/partner .. vpc/vpcs', 'customer/customers/consumer/consumers/other/partner .. vpc/vpcs .. private/privately .. without .. internet', 'overlapping cidr/ip .. vpc/vpcs .. private/privately', 'customer/customers/consumer/consumers/partner/partners .. from .. their own? vpc/vpcs', 'reach/access/consume .. from .. their own? vpc/vpcs .. private/interface endpoint/endpoints', 'vpc/vpcs .. reach/access/consume .. through/via .. interface endpoint/endpoints', 'publish/publishes/expose/exposes .. service .. through/behind .. network load balancer/nlb', 'cidr/ip range/ranges/block/blocks .. overlap/overlaps/overlapping', 'overlap/overlapping .. cidr/ip range/ranges/block/blocks', 'one way/unidirectional .. access/connection/connectivity/traffic', 'only .. that/this/one/the service .. not .. whole/entire/rest .. vpc/vpcs/network', 'private ip/ips/address/addresses .. in .. their/its/own .. vpc/vpcs/subnet/subnets', 'without .. vpc? peering/transit_gateway/internet_gateway/nat .. vpc/vpcs/customer/customers/consumer/consumers/account/accounts', 'customer/customers/consumer/consumers/partner/partners/other .. vpc/vpcs/account/accounts ... without .. vpc? peering', 'hundreds/thousands/many of? .. vpc/vpcs .. reach/access/consume/call', 'private ip/ips/address/addresses .. from .. their/its/own .. vpc/vpcs', 'without/not .. connect/connecting/peer/peering/join/joining/link/linking .. the? two? network/networks/vpc/vpcs .. to? each other?', 'access .. to .. one/single/only .. internal? application/service .. in .. vpc', 'expose/exposes/exposing/offer/offers/offering/share/shares/sharing/provide/provides/providing .. service/services/application/applications .. to .. hundreds/many/multiple/several/other/customer/customers/consumer/consumers/partner/partners .. vpc/vpcs', 'see/reach/access/reaches/sees/accesses .. only .. this/that/one/the/a .. one/single? service', 'approve/approves/accept/accepts .. each? consumer/consumers/connection/connections .. request/requests', 'as if .. run/running/hosted/inside/local .. their/own .. vpc/vpcs', 'available/accessible/reachable .. to/from/in .. customer/customers/consumer/consumers .. vpc/vpcs', 'separate/other/different .. aws? account/accounts ... call/reach/access/consume/use .. from .. their own? vpc/vpcs'],
  },
  {
    id: 'vpc-security',
    about: 'VPC network controls (security groups, network ACLs, AWS Network Firewall, Firewall Manager)',
    names: ['security group', 'security groups', 'network acl', 'network acls', 'nacl', 'nacls', 'network firewall', 'firewall manager'],
    needs: ['central/centrally/centralised/centralized .. manage/managed/configure/configured/apply/applied/enforce/enforced .. firewall/waf/security_group .. rule/rules/policy/policies .. across .. account/accounts', 'firewall/waf/security_group .. rule/rules/policy/policies .. across .. all? account/accounts .. central/centrally/one_place/organization', 'stateful firewall .. instance/instances', 'stateless .. subnet/subnets', 'subnet level .. traffic/firewall/rules', 'instance level .. firewall/traffic', 'allow/deny .. traffic .. subnet/subnets', 'inbound .. port .. instance/instances', 'inspect/filter .. traffic .. vpc/vpcs', 'intrusion prevention/detection'],
  },
  {
    id: 'security-hub',
    about: 'AWS Security Hub or Amazon Detective (security findings in one place; investigating their root cause)',
    names: ['security hub', 'amazon detective'],
    needs: ['visualize/visualise/visualizing/visualising/graph .. relationships/interactions .. between .. resource/resources/user/users/ip/ips/account/accounts/role/roles', 'investigate/investigates/investigating/analyze/analyse .. the? root cause .. of .. a/an/the? guardduty/security/suspicious/potential? finding/findings/incident/incidents', 'single/one/central/centralized .. view/place/dashboard .. security .. findings/alerts', 'aggregate/aggregates/collect .. security findings/alerts .. accounts/services', 'security posture .. score/standards/best practices', 'investigate/investigating .. root cause .. security finding/findings/incident/incidents', 'security posture', 'findings .. from .. multiple/several/many/other/various .. aws? security? service/services', 'collect/collects/collecting/aggregate/aggregates/gather/gathers .. security? findings', 'alert/alerts/finding/findings .. from .. guardduty/inspector/macie/config ... single/one .. console/dashboard/place/view', 'cis .. benchmark/foundations'],
  },
  {
    id: 'opensearch',
    about: 'Amazon OpenSearch Service (search and log analytics)',
    names: ['opensearch', 'elasticsearch'],
    needs: ['full text search', 'search box .. relevance', 'log analytics .. search', 'search .. product catalog/catalogue .. free text/relevance/fuzzy', 'kibana'],
  },
  {
    id: 'other-databases',
    about: 'other purpose-built databases (Neptune graphs, Timestream time series, Keyspaces, QLDB ledgers, MemoryDB)',
    names: ['neptune', 'timestream', 'keyspaces', 'qldb', 'memorydb', 'cassandra'],
    needs: ['graph database', 'social graph/network .. relationships/friends', 'relationships .. friends of friends', 'time series database/data', 'ledger database', 'immutable .. cryptographically verifiable .. history/log/ledger', 'recommendation engine .. relationships'],
  },
  {
    id: 'migration',
    about: 'AWS migration services (Database Migration Service, Application Migration Service, Application Discovery Service, Migration Hub)',
    names: ['database migration service', 'dms', 'application migration service', 'migration hub', 'schema conversion tool', 'application discovery service'],
    needs: ['discover/discovers/inventory/inventories/catalog/map .. on_premises? server/servers/machine/machines/application/applications ... dependency/dependencies/utilization/utilisation/usage/performance ... plan/planning/migration/migrate', 'on_premises .. server/servers ... dependency/dependencies/utilization/utilisation .. before .. migration/migrating/move/moving', 'collect/collects/gather/gathers .. utilization/utilisation/configuration/usage .. data .. on_premises .. server/servers', 'migrate/migrating/move/moving .. database/databases .. to .. aws/rds/aurora .. minimal downtime', 'migrate .. oracle/sql_server/mysql/postgresql .. to .. aurora/rds/aws', 'lift and shift', 'rehost/rehosting .. server/servers', 'replicate .. on_premises .. server/servers .. aws .. cutover', 'continuous replication .. database/databases', 'heterogeneous .. migration', 'migrate/migrates/migrating/move/moves/moving/copy/copies/copying/transfer .. its? on_premises? oracle/sql_server/mysql/postgresql/mariadb .. data? database? .. to/into .. aurora/rds/aws', 'source database/db .. remain/remains/stay/stays/kept .. available/operational/online/running', 'source database/db ... during .. migration/move/cutover', 'change/changes .. replicating/replicated/in_sync ... until .. cutover', 'migrate/migrates/migrating/move/moving .. database/databases .. to .. aws'],
  },
  {
    id: 'pinpoint',
    about: 'Amazon Pinpoint (targeted marketing campaigns over email, SMS and push)',
    names: ['pinpoint'],
    needs: ['marketing campaign/campaigns .. segment/segments/email/sms/push', 'targeted campaign/campaigns', 'segment/segments .. user/users/customers .. campaign/campaigns/messages', 'customer engagement .. campaign/campaigns/journeys'],
  },
  {
    id: 'ec2-compute',
    about: 'Amazon EC2 purchasing and instance choices (Spot, Reserved, On-Demand, Dedicated Hosts, instance types)',
    names: ['spot instance', 'spot instances', 'dedicated host', 'dedicated hosts', 'dedicated instances', 'on demand instances'],
    needs: ['interrupted/interruption .. tolerate/tolerant/can be', 'fault tolerant .. batch .. cheapest/lowest_cost', 'spare capacity', 'steady state .. year/years', 'server bound .. licence/license/licences/licenses', 'bring your own license/licence', 'instance type/types/family .. memory/compute/gpu .. optimized', 'gpu instance/instances', 'hpc/high performance computing'],
  },
  {
    id: 'elb-general',
    about: 'Elastic Load Balancing as a whole (Application, Network, Gateway and Classic Load Balancers)',
    names: ['classic load balancer', 'clb'],
    needs: ['legacy .. ec2 classic'],
  },
  {
    id: 'ivs',
    about: 'Amazon IVS or AWS Elemental MediaLive (live video broadcasting)',
    names: ['interactive video service', 'ivs', 'medialive', 'media live', 'mediapackage'],
    needs: ['live stream/streams/streaming .. broadcast/broadcasts/encode/encoding/viewers .. low latency', 'broadcast/broadcasting .. live video .. audience/viewers', 'live video .. channel/channels .. encode/encoding/ingest', 'broadcast/broadcasts/broadcasting/stream/streams/streaming .. live ... viewer/viewers/audience/audiences/fans/followers/subscribers', 'broadcast/broadcasts/broadcasting .. match/matches/game/games/gameplay/tournament/tournaments/concert/concerts/event/events/show/shows/class/classes/performance/performances/video .. live', 'live broadcast/broadcasts/stream/streams/video ... viewer/viewers/audience/audiences/fans', 'go/goes/going live .. from/on .. a/the/their/its? phone/phones/studio/studios/camera/cameras/webcam/webcams/stage/stages/console/consoles', 'creator/creators/streamer/streamers/instructor/instructors/presenter/presenters/host/hosts/player/players .. go/goes/going live'],
  },
  {
    id: 'appflow',
    about: 'Amazon AppFlow (moving data between SaaS applications such as Salesforce and AWS services, without code)',
    names: ['appflow'],
    needs: ['transfer .. data .. from .. salesforce/slack/zendesk .. s3', 'record/records/data ... from .. its/their? salesforce/zendesk/slack/servicenow/marketo/sap ... into/to .. s3/redshift/bucket', 'from .. saas application/applications/app/apps ... into/to .. s3/redshift/bucket', 'between .. saas application/applications/app/apps', 'saas application/applications/app/apps .. such as .. salesforce/servicenow/zendesk/slack/marketo'],
  },
  {
    id: 'gamelift',
    about: 'Amazon GameLift (hosting, scaling and matchmaking for dedicated game servers)',
    names: ['gamelift', 'game lift'],
    needs: ['game server/servers .. session/sessions/fleet/fleets/matchmaking', 'matchmaking', 'game session/sessions', 'fleet/fleets .. dedicated? game? server/servers .. game/games/player/players', 'dedicated game server/servers', 'match/matched/matches player/players .. into/to/in .. session/sessions/match/matches/game/games'],
  },
  {
    id: 'fsx',
    about: 'Amazon FSx (fully managed Windows File Server, Lustre, NetApp ONTAP and OpenZFS file systems)',
    names: ['fsx'],
    needs: ['windows file server/servers/share/shares/system/systems', 'file system/systems/share/shares ... smb ... active directory', 'smb .. file system/systems/share/shares ... windows/active_directory', 'third party file system/systems', 'microsoft active directory .. file/files/share/shares/system'],
    // File systems no other AWS service offers: nothing of the rule stores files that way.
    hard: ['lustre', 'netapp', 'ontap', 'openzfs'],
  },
  {
    id: 'containers',
    about: 'Amazon ECS, Amazon EKS or Amazon ECR (container orchestration, managed Kubernetes, and a registry for container images)',
    names: ['elastic container service', 'elastic kubernetes service', 'amazon eks', 'eks', 'elastic container registry', 'amazon ecr', 'ecr'],
    needs: ['container orchestration', 'orchestrate/orchestrates/orchestration .. docker? container/containers', 'registry .. for? .. docker/container? image/images', 'store/stores/stored/keep/keeps/kept/push/pushes/pushed/scan/scans/version/versions .. its/their/the? docker/container image/images', 'docker/container image/images .. pull/pulls/pulled .. when/from'],
    // Kubernetes runs only on clusters of its own: no service of the rule runs it.
    hard: ['kubernetes', 'k8s'],
  },
  {
    id: 'marketplace',
    about: 'AWS Marketplace (a catalogue of third-party software, data and services to find, buy and deploy, billed through the AWS bill)',
    names: ['aws marketplace', 'marketplace'],
    needs: ['buy/buying/purchase/purchasing/find/subscribe .. third party .. software/appliance/appliances/product/products/firewall', 'third party .. software/appliance/appliances/product/products ... buy/buying/purchase/purchasing/subscribe', 'independent software vendor/vendors', 'isv/isvs', 'sell/sells/selling .. software/subscriptions/product/products .. to .. aws customers', 'charge/charges/cost/costs/fee/fees .. appear/appears/show/shows .. on .. customers? aws bill/bills/invoice', 'pay/paid/pays .. for .. it/software/product? .. on/through .. its/their? aws bill/bills/invoice', 'catalog/catalogue .. of? .. software', 'pre_built/prebuilt/pre_configured/preconfigured/packaged .. machine image/images', 'software .. cost/costs/charge/charges .. added .. to .. aws bill'],
  },
  {
    id: 'service-catalog',
    about: 'AWS Service Catalog (a catalogue of IT products and stacks approved by the company that users can launch themselves)',
    names: ['service catalog', 'service catalogue'],
    needs: ['only .. stack/stacks/product/products/template/templates/configuration/configurations/service/services ... approved/vetted/sanctioned/pre_approved', 'approved/vetted/sanctioned/pre_approved .. stack/stacks/product/products/template/templates/configuration/configurations', 'self_service .. list/portal/catalog/catalogue/menu', 'approved/vetted/curated/sanctioned .. catalog/catalogue/portfolio/list/set .. of? .. product/products/template/templates/stack/stacks/resource/resources/service/services/configuration/configurations', 'launch/deploy/provision .. only .. approved/vetted/sanctioned .. product/products/template/templates/stack/stacks/configuration/configurations/resource/resources', 'self_service .. portal/catalog/catalogue ... approved/vetted/governed', 'only .. product/products/template/templates/stack/stacks/configuration/configurations .. approved/vetted/sanctioned .. by .. it/central/platform/admins/administrators/the_company'],
  },
  {
    id: 'license-manager',
    about: 'AWS License Manager (tracking software licences such as Microsoft and Oracle licences across AWS and on premises)',
    names: ['license manager', 'licence manager'],
    needs: ['count/counts/counting/track/tracks/tracking ... licence/license/licences/licenses', 'licence/license/licences/licenses ... never/not .. exceed/exceeds/exceeding/go_over/goes_over', 'track/tracks/tracking/manage/manages/managing/count/counts/counting .. the? software? licence/license/licences/licenses/licensing', 'licence/license/licences/licenses/licensing .. use/usage/count/counts/compliance/limit/limits/rules .. track/tracked/tracking/enforce/enforced/across', 'exceed/exceeding/exceeds/over .. the? number of? .. licence/license/licences/licenses'],
  },
  {
    id: 'well-architected',
    about: 'the AWS Well-Architected Tool and Framework (reviewing a workload against the six pillars of best practice)',
    names: ['well architected tool', 'well architected framework', 'well architected review'],
    needs: ['six/6 pillars', 'operational excellence .. reliability .. performance efficiency', 'review/reviews/reviewing/assess/assesses/measure/evaluate/evaluates .. workload/workloads/architecture/architectures .. against .. aws? best practices/pillars/framework', 'pillar/pillars .. of? .. best? practice/practices'],
  },
  {
    id: 'managed-grafana',
    about: 'Amazon Managed Grafana and Amazon Managed Service for Prometheus (open-source dashboards and metrics, run by AWS)',
    names: ['managed grafana', 'managed service for prometheus'],
    needs: ['grafana', 'prometheus', 'promql'],
  },
  {
    id: 'disaster-recovery',
    about: 'AWS Elastic Disaster Recovery (continuous replication of servers to AWS, recovered within minutes after a disaster)',
    names: ['elastic disaster recovery', 'cloudendure'],
    needs: ['recover/recovery/restore/restored .. them/it/server/servers/machine/machines/workload/workloads/application/applications .. in/into/on .. aws .. within .. minutes/seconds', 'server/servers/machine/machines .. continuous/continuously .. replicated/replicating/copied/mirrored .. to/into .. aws', 'replicate/replicates/replicating/replicated .. on_premises? .. server/servers/machine/machines .. continuous/continuously ... recover/recovery/failover/fail_over/launch', 'continuous/continuously .. replicate/replicates/replicating/replication/copy/copies .. server/servers/machine/machines/block_storage/disks ... recover/recovery/disaster/outage', 'recover/recovery .. server/servers/machine/machines .. in/into .. aws .. within .. minutes ... disaster/outage/ransomware', 'recovery point/time objective/objectives .. seconds/minutes .. server/servers'],
  },
  {
    id: 'cloudhsm',
    about: 'AWS CloudHSM (single-tenant hardware security modules for keys under the customer’s sole control)',
    names: ['cloudhsm', 'cloud hsm'],
    needs: ['hardware security module/modules', 'hsm/hsms', 'fips 140 .. level 3', 'single tenant/tenancy .. key/keys/hardware/device/devices', 'dedicated .. hardware/device/devices .. key/keys/cryptographic', 'sole/exclusive/full .. control .. key/keys .. hardware/device/devices', 'aws .. no/cannot/never .. access .. key/keys'],
    hard: ['hardware security module/modules'],
  },
  {
    id: 'audit-manager',
    about: 'AWS Audit Manager (continuously collecting evidence for audits against frameworks such as PCI DSS or GDPR)',
    names: ['audit manager'],
    // (Evidence of one change, such as who deleted a stage, is CloudTrail's record: this area wants evidence gathered continuously against a framework.)
    needs: ['evidence .. collected/gathered .. continuous/continuously/automatically', 'evidence ... mapped/map/maps .. to .. the? control/controls/framework/frameworks/standard/standards/requirements', 'collect/collects/collecting/gather/gathers/gathering .. audit? evidence .. continuous/continuously/automatically', 'continuous/continuously/automatically .. collect/collects/collecting/gather/gathers/gathering .. audit? evidence', 'evidence .. against/for/mapped_to/to .. compliance? framework/frameworks/standard/standards/control/controls', 'audit ready/readiness .. report/reports/evidence'],
  },
  {
    id: 'directory-service',
    about: 'AWS Directory Service (AWS Managed Microsoft AD and AD Connector)',
    names: ['directory service', 'managed microsoft ad', 'ad connector', 'simple ad'],
    needs: ['managed .. microsoft? active directory', 'active directory .. domain controller/controllers', 'domain controller/controllers .. managed/aws/cloud', 'join/joins/joined .. instance/instances/server/servers .. to? .. the? domain', 'domain join/joined', 'run/running/host/hosting .. active directory .. aws/cloud/managed'],
  },
  {
    id: 'ram',
    about: 'AWS Resource Access Manager (AWS RAM: sharing resources such as subnets or Transit Gateways with other accounts)',
    names: ['resource access manager', 'aws ram'],
    needs: ['share/shares/sharing .. the? its/their? .. subnet/subnets/resource/resources/transit_gateway/license_configurations .. with .. other/another/several/many/all/its/their .. account/accounts', 'share/shares/sharing .. resource/resources/subnet/subnets .. across .. account/accounts/organization', 'instead/rather .. than/of .. duplicate/duplicating/create/creating .. resource/resources/subnets .. in/for .. each .. account'],
  },
  {
    id: 'access-analyzer',
    about: 'IAM Access Analyzer (finding resources shared with outside accounts and unused access)',
    names: ['access analyzer', 'access analyser'],
    needs: ['find/identify/detect/discover/list/report/flag/review/which .. resource/resources/bucket/buckets/role/roles/key/keys/queue/queues .. shared/accessible/exposed .. with/by/from/to .. external/outside .. entity/entities/account/accounts/principal/principals/organization', 'outside .. zone of trust', 'unintended/unintentional .. public/external/cross_account .. access', 'unused .. access/permissions/roles/access_keys ... find/identify/remove', 'validate/validates/validating .. iam? policy/policies .. against .. grammar/best_practices', 'generate/generates .. least_privilege? policy/policies .. from/based_on .. access? activity'],
  },
  {
    id: 'amazon-q',
    about: 'Amazon Q (a generative AI assistant for developers and for business questions over company data)',
    names: ['amazon q', 'amazon q developer', 'amazon q business', 'codewhisperer'],
    needs: ['generate/generates/generating/write/writes/writing/complete/completes .. code .. in .. the? their/its? ide/ides/editor/editors', 'generative ai/ai_powered .. assistant/assistants/chat', 'ai .. coding/code/developer .. assistant/companion/suggestions', 'code suggestions/completions', 'suggest/suggests/generate/generates/generating .. code .. in .. ide/editor', 'assistant/chatbot .. answer/answers/answering .. question/questions .. from/using/over/about .. company/internal/enterprise/its/their .. data/documents/content/knowledge'],
  },
  {
    id: 'personalize',
    about: 'Amazon Personalize (personalised recommendations from users’ behaviour, without machine-learning expertise)',
    names: ['amazon personalize'],
    needs: ['personalized/personalised .. recommendation/recommendations/ranking/rankings', 'recommend/recommends/recommendation/recommendations .. product/products/item/items/movie/movies/video/videos/song/songs/article/articles .. based on .. browsing/viewing/purchase/listening/clickstream/behavior/behaviour/history', 'customers who .. bought/viewed/watched .. also'],
  },
  {
    id: 'community',
    about: 'AWS re:Post, AWS IQ, the AWS Partner Network and AWS Professional Services (community answers, freelance experts, partners and consultants)',
    names: ['re:post', 're post', 'aws iq', 'aws partner network', 'aws professional services', 'aws knowledge center'],
    needs: ['community .. forum/site/driven/questions/answers', 'question and answer/answers .. community/site/service/forum', 'ask .. community/experts .. question/questions', 'freelance/freelancer/freelancers/independent/certified .. expert/experts/contractor/contractors ... hire/hires/hired/pay/paid/project/projects/on_demand', 'third party .. expert/experts .. hire/pay/project/projects/on_demand', 'consulting partner/partners', 'hire/engage .. aws? consultant/consultants/consultancy/expert/experts', 'aws partner/partners .. to .. help/assist/migrate/design/build', 'aws .. consultant/consultants .. help/assist/engagement/migration'],
  },
  {
    id: 'device-farm',
    about: 'other AWS services the rule does not cover',
    names: ['device farm', 'ground station', 'braket', 'robomaker', 'managed blockchain', 'location service', 'cloud9', 'cloudshell', 'x-ray insights', 'mwaa', 'airflow', 'data exchange'],
    needs: ['test .. app/apps .. on .. real phones/devices', 'downlink/downlinks/downlinking/command/commands/control/controls/communicate/communicates/track/tracks .. satellite/satellites', 'satellite/satellites .. in? orbit/downlink/downlinks/antenna/antennas/telemetry/contact/contacts/pass/passes', 'quantum computing', 'blockchain', 'maps .. geofence/geofences/geofencing', 'geofence/geofences/geofencing', 'browser based .. ide/shell', 'third party data .. subscribe/subscription'],
  },
];
