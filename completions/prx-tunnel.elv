
use builtin;
use str;

set edit:completion:arg-completer[prx-tunnel] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'prx-tunnel'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'prx-tunnel'= {
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start a tunnel and print its public URL on stdout'
            cand status 'Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)'
            cand url 'Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)'
            cand stop 'Stop a running tunnel gracefully and wait for it to exit'
            cand check 'Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail'
            cand edge 'Run the local ngrok edge in the foreground (no account, no network; this machine only)'
            cand exec 'Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits'
            cand diagnose 'Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint'
            cand event-streams 'Manage ngrok Event Streams through the ngrok REST API'
            cand es 'Manage ngrok Event Streams through the ngrok REST API'
            cand event-destinations 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API'
            cand ed 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API'
            cand event-subscriptions 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API'
            cand esub 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API'
            cand sessions 'List, stop and restart ngrok agent sessions through the ngrok REST API'
            cand endpoints 'List the endpoints online on the ngrok account through the ngrok REST API'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (or write all pages into a directory)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;start'= {
            cand -n 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --name 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --local-addr 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand -p 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --port 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --region 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)'
            cand --domain 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --subdomain 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --basic-auth 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)'
            cand --allow-cidr 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)'
            cand --deny-cidr 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)'
            cand --circuit-breaker 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1'
            cand --traffic-policy-file 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)'
            cand --metadata 'Metadata string attached to the session and endpoint (at most 4096 bytes)'
            cand --mode 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary'
            cand --edge 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)'
            cand --proto 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)'
            cand --only 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)'
            cand --timeout 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print one JSON object {name, endpoint, mode, public_url, local_addr, pid, started_at} per endpoint instead of the bare URL'
            cand -d 'Return once the URL is printed and keep the tunnel running in the background'
            cand --detach 'Return once the URL is printed and keep the tunnel running in the background'
            cand --dry-run 'Print the effective settings and what would be sent (secrets masked); connect to nothing'
            cand --wait-ready 'Print the URL only once a request through it reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]'
            cand --detached-child 'Internal: this process is the background half of --detach'
            cand --compression 'Gzip responses for clients that accept it'
            cand --keep-going 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'prx-tunnel;status'= {
            cand -n 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --name 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Every tunnel with state on this machine'
            cand --json 'Machine-readable output'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;url'= {
            cand -n 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --name 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --endpoint 'Print the URL of this endpoint alone (`default` is [tunnel.ngrok] itself)'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;stop'= {
            cand -n 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --name 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Stop every running tunnel'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;check'= {
            cand --local-addr 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand -p 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --port 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --region 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)'
            cand --domain 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --subdomain 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --basic-auth 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)'
            cand --allow-cidr 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)'
            cand --deny-cidr 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)'
            cand --circuit-breaker 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1'
            cand --traffic-policy-file 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)'
            cand --metadata 'Metadata string attached to the session and endpoint (at most 4096 bytes)'
            cand --mode 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary'
            cand --edge 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)'
            cand --proto 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)'
            cand --only 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)'
            cand --timeout 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --compression 'Gzip responses for clients that accept it'
            cand --keep-going 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'prx-tunnel;edge'= {
            cand --authtoken 'Accept only this authtoken (repeatable; visible to other users in `ps`, so use tokens made for this edge). Without it any well-formed token (20-100 of A-Z a-z 0-9 _ -) is accepted'
            cand --session-limit 'Allow at most N live agent sessions per authtoken (one more gets ERR_NGROK_108)'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print one JSON object {agent_addr, ca_cert, http_addr, https_addr, http_urls, https_urls, control_api, restricted, session_limit, snippet, pid}'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'prx-tunnel;exec'= {
            cand -n 'Tunnel name for `status`/`url`/`stop` while COMMAND runs [default: exec-<pid>]'
            cand --name 'Tunnel name for `status`/`url`/`stop` while COMMAND runs [default: exec-<pid>]'
            cand --local-addr 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand -p 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --port 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --region 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)'
            cand --domain 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --subdomain 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --basic-auth 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)'
            cand --allow-cidr 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)'
            cand --deny-cidr 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)'
            cand --circuit-breaker 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1'
            cand --traffic-policy-file 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)'
            cand --metadata 'Metadata string attached to the session and endpoint (at most 4096 bytes)'
            cand --mode 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary'
            cand --edge 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)'
            cand --proto 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)'
            cand --only 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)'
            cand --timeout 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --wait-ready 'Run COMMAND only once a request through the URL reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]'
            cand --compression 'Gzip responses for clients that accept it'
            cand --keep-going 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'prx-tunnel;diagnose'= {
            cand --local-addr 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand -p 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --port 'Local port to forward to (or host:port): --local-addr under the name people reach for'
            cand --region 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)'
            cand --domain 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --subdomain 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --basic-auth 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)'
            cand --allow-cidr 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)'
            cand --deny-cidr 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)'
            cand --circuit-breaker 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1'
            cand --traffic-policy-file 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)'
            cand --metadata 'Metadata string attached to the session and endpoint (at most 4096 bytes)'
            cand --mode 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary'
            cand --edge 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)'
            cand --proto 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)'
            cand --only 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)'
            cand --timeout 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'One JSON object: {ok, exit_code, ingress, proxy, checks: [{name, status, ms, detail, cause, fix}]}'
            cand --public 'Also send a request through the test endpoint''s public URL and check that it arrives back'
            cand --compression 'Gzip responses for clients that accept it'
            cand --keep-going 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'prx-tunnel;event-streams'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an Event Stream and print it'
            cand list 'List Event Streams, newest first (one page unless --all)'
            cand ls 'List Event Streams, newest first (one page unless --all)'
            cand get 'Show one Event Stream'
            cand update 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
            cand delete 'Delete an Event Stream (its Event Destinations are kept)'
            cand rm 'Delete an Event Stream (its Event Destinations are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;es'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an Event Stream and print it'
            cand list 'List Event Streams, newest first (one page unless --all)'
            cand ls 'List Event Streams, newest first (one page unless --all)'
            cand get 'Show one Event Stream'
            cand update 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
            cand delete 'Delete an Event Stream (its Event Destinations are kept)'
            cand rm 'Delete an Event Stream (its Event Destinations are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-streams;create'= {
            cand --event-type 'Which events to collect'
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --field 'A protocol-specific field to collect on each event (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --sampling-rate 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;create'= {
            cand --event-type 'Which events to collect'
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --field 'A protocol-specific field to collect on each event (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --sampling-rate 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;update'= {
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --field 'A protocol-specific field to collect on each event (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --sampling-rate 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --clear-fields 'Collect no fields any more'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;update'= {
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --field 'A protocol-specific field to collect on each event (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --sampling-rate 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --clear-fields 'Collect no fields any more'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;delete'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;delete'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;es;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-streams;help'= {
            cand create 'Create an Event Stream and print it'
            cand list 'List Event Streams, newest first (one page unless --all)'
            cand get 'Show one Event Stream'
            cand update 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
            cand delete 'Delete an Event Stream (its Event Destinations are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-streams;help;create'= {
        }
        &'prx-tunnel;event-streams;help;list'= {
        }
        &'prx-tunnel;event-streams;help;get'= {
        }
        &'prx-tunnel;event-streams;help;update'= {
        }
        &'prx-tunnel;event-streams;help;delete'= {
        }
        &'prx-tunnel;event-streams;help;help'= {
        }
        &'prx-tunnel;es;help'= {
            cand create 'Create an Event Stream and print it'
            cand list 'List Event Streams, newest first (one page unless --all)'
            cand get 'Show one Event Stream'
            cand update 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
            cand delete 'Delete an Event Stream (its Event Destinations are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;es;help;create'= {
        }
        &'prx-tunnel;es;help;list'= {
        }
        &'prx-tunnel;es;help;get'= {
        }
        &'prx-tunnel;es;help;update'= {
        }
        &'prx-tunnel;es;help;delete'= {
        }
        &'prx-tunnel;es;help;help'= {
        }
        &'prx-tunnel;event-destinations'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an Event Destination and print it'
            cand list 'List Event Destinations, newest first (one page unless --all)'
            cand ls 'List Event Destinations, newest first (one page unless --all)'
            cand get 'Show one Event Destination'
            cand update 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
            cand delete 'Delete an Event Destination'
            cand rm 'Delete an Event Destination'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;ed'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an Event Destination and print it'
            cand list 'List Event Destinations, newest first (one page unless --all)'
            cand ls 'List Event Destinations, newest first (one page unless --all)'
            cand get 'Show one Event Destination'
            cand update 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
            cand delete 'Delete an Event Destination'
            cand rm 'Delete an Event Destination'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-destinations;create'= {
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --format 'Serialization format of the events (the API accepts only json) [create default: json]'
            cand --kinesis 'Send to this Amazon Kinesis stream (ARN)'
            cand --firehose 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)'
            cand --cloudwatch-logs 'Send to this Amazon CloudWatch Logs group (ARN)'
            cand --target-file 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file'
            cand --role-arn 'AWS targets: the IAM role ngrok assumes (ARN)'
            cand --datadog-site 'Datadog site, such as datadoghq.com or datadoghq.eu'
            cand --datadog-service 'Datadog service name sent with each event'
            cand --datadog-tags 'Datadog tags sent with each event (`env:prod,team:web`)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --datadog 'Send to Datadog; the API key is read from $DD_API_KEY'
            cand --aws-keys-from-env 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;create'= {
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --format 'Serialization format of the events (the API accepts only json) [create default: json]'
            cand --kinesis 'Send to this Amazon Kinesis stream (ARN)'
            cand --firehose 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)'
            cand --cloudwatch-logs 'Send to this Amazon CloudWatch Logs group (ARN)'
            cand --target-file 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file'
            cand --role-arn 'AWS targets: the IAM role ngrok assumes (ARN)'
            cand --datadog-site 'Datadog site, such as datadoghq.com or datadoghq.eu'
            cand --datadog-service 'Datadog service name sent with each event'
            cand --datadog-tags 'Datadog tags sent with each event (`env:prod,team:web`)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --datadog 'Send to Datadog; the API key is read from $DD_API_KEY'
            cand --aws-keys-from-env 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;update'= {
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --format 'Serialization format of the events (the API accepts only json) [create default: json]'
            cand --kinesis 'Send to this Amazon Kinesis stream (ARN)'
            cand --firehose 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)'
            cand --cloudwatch-logs 'Send to this Amazon CloudWatch Logs group (ARN)'
            cand --target-file 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file'
            cand --role-arn 'AWS targets: the IAM role ngrok assumes (ARN)'
            cand --datadog-site 'Datadog site, such as datadoghq.com or datadoghq.eu'
            cand --datadog-service 'Datadog service name sent with each event'
            cand --datadog-tags 'Datadog tags sent with each event (`env:prod,team:web`)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --datadog 'Send to Datadog; the API key is read from $DD_API_KEY'
            cand --aws-keys-from-env 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;update'= {
            cand --description 'Human-readable description (at most 255 bytes)'
            cand --metadata 'Machine-readable data of your own (at most 4096 bytes)'
            cand --format 'Serialization format of the events (the API accepts only json) [create default: json]'
            cand --kinesis 'Send to this Amazon Kinesis stream (ARN)'
            cand --firehose 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)'
            cand --cloudwatch-logs 'Send to this Amazon CloudWatch Logs group (ARN)'
            cand --target-file 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file'
            cand --role-arn 'AWS targets: the IAM role ngrok assumes (ARN)'
            cand --datadog-site 'Datadog site, such as datadoghq.com or datadoghq.eu'
            cand --datadog-service 'Datadog service name sent with each event'
            cand --datadog-tags 'Datadog tags sent with each event (`env:prod,team:web`)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --datadog 'Send to Datadog; the API key is read from $DD_API_KEY'
            cand --aws-keys-from-env 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;delete'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;delete'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;ed;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-destinations;help'= {
            cand create 'Create an Event Destination and print it'
            cand list 'List Event Destinations, newest first (one page unless --all)'
            cand get 'Show one Event Destination'
            cand update 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
            cand delete 'Delete an Event Destination'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-destinations;help;create'= {
        }
        &'prx-tunnel;event-destinations;help;list'= {
        }
        &'prx-tunnel;event-destinations;help;get'= {
        }
        &'prx-tunnel;event-destinations;help;update'= {
        }
        &'prx-tunnel;event-destinations;help;delete'= {
        }
        &'prx-tunnel;event-destinations;help;help'= {
        }
        &'prx-tunnel;ed;help'= {
            cand create 'Create an Event Destination and print it'
            cand list 'List Event Destinations, newest first (one page unless --all)'
            cand get 'Show one Event Destination'
            cand update 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
            cand delete 'Delete an Event Destination'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;ed;help;create'= {
        }
        &'prx-tunnel;ed;help;list'= {
        }
        &'prx-tunnel;ed;help;get'= {
        }
        &'prx-tunnel;ed;help;update'= {
        }
        &'prx-tunnel;ed;help;delete'= {
        }
        &'prx-tunnel;ed;help;help'= {
        }
        &'prx-tunnel;event-subscriptions'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an Event Subscription and print it'
            cand list 'List Event Subscriptions, newest first (one page unless --all)'
            cand ls 'List Event Subscriptions, newest first (one page unless --all)'
            cand get 'Show one Event Subscription'
            cand update 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
            cand delete 'Delete an Event Subscription (its Event Destinations are kept)'
            cand rm 'Delete an Event Subscription (its Event Destinations are kept)'
            cand sources 'The event types (sources) of one subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;esub'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an Event Subscription and print it'
            cand list 'List Event Subscriptions, newest first (one page unless --all)'
            cand ls 'List Event Subscriptions, newest first (one page unless --all)'
            cand get 'Show one Event Subscription'
            cand update 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
            cand delete 'Delete an Event Subscription (its Event Destinations are kept)'
            cand rm 'Delete an Event Subscription (its Event Destinations are kept)'
            cand sources 'The event types (sources) of one subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-subscriptions;create'= {
            cand --source 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --description 'Human-readable description (at most 255 characters)'
            cand --metadata 'Machine-readable data of your own (at most 4096 characters)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;create'= {
            cand --source 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --description 'Human-readable description (at most 255 characters)'
            cand --metadata 'Machine-readable data of your own (at most 4096 characters)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;update'= {
            cand --source 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --description 'Human-readable description (at most 255 characters)'
            cand --metadata 'Machine-readable data of your own (at most 4096 characters)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;update'= {
            cand --source 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)'
            cand --destination-id 'An Event Destination id to send events to (repeat, or separate with commas)'
            cand --description 'Human-readable description (at most 255 characters)'
            cand --metadata 'Machine-readable data of your own (at most 4096 characters)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;delete'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;delete'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand ls 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
            cand rm 'Remove an event type from a subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-subscriptions;sources;add'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;list'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;ls'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;update'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;remove'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;event-subscriptions;sources;help'= {
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-subscriptions;sources;help;add'= {
        }
        &'prx-tunnel;event-subscriptions;sources;help;list'= {
        }
        &'prx-tunnel;event-subscriptions;sources;help;get'= {
        }
        &'prx-tunnel;event-subscriptions;sources;help;update'= {
        }
        &'prx-tunnel;event-subscriptions;sources;help;remove'= {
        }
        &'prx-tunnel;event-subscriptions;sources;help;help'= {
        }
        &'prx-tunnel;esub;sources'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand ls 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
            cand rm 'Remove an event type from a subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;esub;sources;add'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;list'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;ls'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;update'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;remove'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;rm'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;esub;sources;help'= {
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;esub;sources;help;add'= {
        }
        &'prx-tunnel;esub;sources;help;list'= {
        }
        &'prx-tunnel;esub;sources;help;get'= {
        }
        &'prx-tunnel;esub;sources;help;update'= {
        }
        &'prx-tunnel;esub;sources;help;remove'= {
        }
        &'prx-tunnel;esub;sources;help;help'= {
        }
        &'prx-tunnel;event-subscriptions;help'= {
            cand create 'Create an Event Subscription and print it'
            cand list 'List Event Subscriptions, newest first (one page unless --all)'
            cand get 'Show one Event Subscription'
            cand update 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
            cand delete 'Delete an Event Subscription (its Event Destinations are kept)'
            cand sources 'The event types (sources) of one subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;event-subscriptions;help;create'= {
        }
        &'prx-tunnel;event-subscriptions;help;list'= {
        }
        &'prx-tunnel;event-subscriptions;help;get'= {
        }
        &'prx-tunnel;event-subscriptions;help;update'= {
        }
        &'prx-tunnel;event-subscriptions;help;delete'= {
        }
        &'prx-tunnel;event-subscriptions;help;sources'= {
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
        }
        &'prx-tunnel;event-subscriptions;help;sources;add'= {
        }
        &'prx-tunnel;event-subscriptions;help;sources;list'= {
        }
        &'prx-tunnel;event-subscriptions;help;sources;get'= {
        }
        &'prx-tunnel;event-subscriptions;help;sources;update'= {
        }
        &'prx-tunnel;event-subscriptions;help;sources;remove'= {
        }
        &'prx-tunnel;event-subscriptions;help;help'= {
        }
        &'prx-tunnel;esub;help'= {
            cand create 'Create an Event Subscription and print it'
            cand list 'List Event Subscriptions, newest first (one page unless --all)'
            cand get 'Show one Event Subscription'
            cand update 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
            cand delete 'Delete an Event Subscription (its Event Destinations are kept)'
            cand sources 'The event types (sources) of one subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;esub;help;create'= {
        }
        &'prx-tunnel;esub;help;list'= {
        }
        &'prx-tunnel;esub;help;get'= {
        }
        &'prx-tunnel;esub;help;update'= {
        }
        &'prx-tunnel;esub;help;delete'= {
        }
        &'prx-tunnel;esub;help;sources'= {
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
        }
        &'prx-tunnel;esub;help;sources;add'= {
        }
        &'prx-tunnel;esub;help;sources;list'= {
        }
        &'prx-tunnel;esub;help;sources;get'= {
        }
        &'prx-tunnel;esub;help;sources;update'= {
        }
        &'prx-tunnel;esub;help;sources;remove'= {
        }
        &'prx-tunnel;esub;help;help'= {
        }
        &'prx-tunnel;sessions'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the agent sessions online on the account (one page unless --all)'
            cand ls 'List the agent sessions online on the account (one page unless --all)'
            cand stop 'Tell the agent of a session to exit'
            cand restart 'Tell the agent of a session to restart (not supported by agents on Windows)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;sessions;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;sessions;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;sessions;stop'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;sessions;restart'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;sessions;help'= {
            cand list 'List the agent sessions online on the account (one page unless --all)'
            cand stop 'Tell the agent of a session to exit'
            cand restart 'Tell the agent of a session to restart (not supported by agents on Windows)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;sessions;help;list'= {
        }
        &'prx-tunnel;sessions;help;stop'= {
        }
        &'prx-tunnel;sessions;help;restart'= {
        }
        &'prx-tunnel;sessions;help;help'= {
        }
        &'prx-tunnel;endpoints'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the endpoints online on the account (one page unless --all)'
            cand ls 'List the endpoints online on the account (one page unless --all)'
            cand get 'Show one endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;endpoints;list'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;endpoints;ls'= {
            cand --before-id 'Start after this id (lists are newest first: older items follow)'
            cand --limit 'Items per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --all 'Follow next_page_uri to the last page and print everything'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;endpoints;get'= {
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print the API''s JSON objects instead of tables'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;endpoints;help'= {
            cand list 'List the endpoints online on the account (one page unless --all)'
            cand get 'Show one endpoint'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;endpoints;help;list'= {
        }
        &'prx-tunnel;endpoints;help;get'= {
        }
        &'prx-tunnel;endpoints;help;help'= {
        }
        &'prx-tunnel;completions'= {
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;man'= {
            cand --dir 'Write prx-tunnel.1 and one page per command into this directory instead of printing'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand -v 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand --verbose 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'prx-tunnel;help'= {
            cand start 'Start a tunnel and print its public URL on stdout'
            cand status 'Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)'
            cand url 'Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)'
            cand stop 'Stop a running tunnel gracefully and wait for it to exit'
            cand check 'Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail'
            cand edge 'Run the local ngrok edge in the foreground (no account, no network; this machine only)'
            cand exec 'Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits'
            cand diagnose 'Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint'
            cand event-streams 'Manage ngrok Event Streams through the ngrok REST API'
            cand event-destinations 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API'
            cand event-subscriptions 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API'
            cand sessions 'List, stop and restart ngrok agent sessions through the ngrok REST API'
            cand endpoints 'List the endpoints online on the ngrok account through the ngrok REST API'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (or write all pages into a directory)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;help;start'= {
        }
        &'prx-tunnel;help;status'= {
        }
        &'prx-tunnel;help;url'= {
        }
        &'prx-tunnel;help;stop'= {
        }
        &'prx-tunnel;help;check'= {
        }
        &'prx-tunnel;help;edge'= {
        }
        &'prx-tunnel;help;exec'= {
        }
        &'prx-tunnel;help;diagnose'= {
        }
        &'prx-tunnel;help;event-streams'= {
            cand create 'Create an Event Stream and print it'
            cand list 'List Event Streams, newest first (one page unless --all)'
            cand get 'Show one Event Stream'
            cand update 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
            cand delete 'Delete an Event Stream (its Event Destinations are kept)'
        }
        &'prx-tunnel;help;event-streams;create'= {
        }
        &'prx-tunnel;help;event-streams;list'= {
        }
        &'prx-tunnel;help;event-streams;get'= {
        }
        &'prx-tunnel;help;event-streams;update'= {
        }
        &'prx-tunnel;help;event-streams;delete'= {
        }
        &'prx-tunnel;help;event-destinations'= {
            cand create 'Create an Event Destination and print it'
            cand list 'List Event Destinations, newest first (one page unless --all)'
            cand get 'Show one Event Destination'
            cand update 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
            cand delete 'Delete an Event Destination'
        }
        &'prx-tunnel;help;event-destinations;create'= {
        }
        &'prx-tunnel;help;event-destinations;list'= {
        }
        &'prx-tunnel;help;event-destinations;get'= {
        }
        &'prx-tunnel;help;event-destinations;update'= {
        }
        &'prx-tunnel;help;event-destinations;delete'= {
        }
        &'prx-tunnel;help;event-subscriptions'= {
            cand create 'Create an Event Subscription and print it'
            cand list 'List Event Subscriptions, newest first (one page unless --all)'
            cand get 'Show one Event Subscription'
            cand update 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
            cand delete 'Delete an Event Subscription (its Event Destinations are kept)'
            cand sources 'The event types (sources) of one subscription'
        }
        &'prx-tunnel;help;event-subscriptions;create'= {
        }
        &'prx-tunnel;help;event-subscriptions;list'= {
        }
        &'prx-tunnel;help;event-subscriptions;get'= {
        }
        &'prx-tunnel;help;event-subscriptions;update'= {
        }
        &'prx-tunnel;help;event-subscriptions;delete'= {
        }
        &'prx-tunnel;help;event-subscriptions;sources'= {
            cand add 'Add an event type to a subscription'
            cand list 'List the event types of a subscription'
            cand get 'Show one event type of a subscription'
            cand update 'Save an event type of a subscription again (the API has nothing else to change on a source)'
            cand remove 'Remove an event type from a subscription'
        }
        &'prx-tunnel;help;event-subscriptions;sources;add'= {
        }
        &'prx-tunnel;help;event-subscriptions;sources;list'= {
        }
        &'prx-tunnel;help;event-subscriptions;sources;get'= {
        }
        &'prx-tunnel;help;event-subscriptions;sources;update'= {
        }
        &'prx-tunnel;help;event-subscriptions;sources;remove'= {
        }
        &'prx-tunnel;help;sessions'= {
            cand list 'List the agent sessions online on the account (one page unless --all)'
            cand stop 'Tell the agent of a session to exit'
            cand restart 'Tell the agent of a session to restart (not supported by agents on Windows)'
        }
        &'prx-tunnel;help;sessions;list'= {
        }
        &'prx-tunnel;help;sessions;stop'= {
        }
        &'prx-tunnel;help;sessions;restart'= {
        }
        &'prx-tunnel;help;endpoints'= {
            cand list 'List the endpoints online on the account (one page unless --all)'
            cand get 'Show one endpoint'
        }
        &'prx-tunnel;help;endpoints;list'= {
        }
        &'prx-tunnel;help;endpoints;get'= {
        }
        &'prx-tunnel;help;completions'= {
        }
        &'prx-tunnel;help;man'= {
        }
        &'prx-tunnel;help;help'= {
        }
    ]
    $completions[$command]
}
