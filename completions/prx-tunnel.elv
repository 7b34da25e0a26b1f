
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
            cand status 'Show the state of running tunnels (exit 0 when online, 1 when not running)'
            cand url 'Print the public URL of a running tunnel'
            cand stop 'Stop a running tunnel gracefully and wait for it to exit'
            cand check 'Validate the config and print the effective settings (secrets masked) and the plan'
            cand event-streams 'Manage ngrok Event Streams through the ngrok REST API'
            cand es 'Manage ngrok Event Streams through the ngrok REST API'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (or write all pages into a directory)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'prx-tunnel;start'= {
            cand -n 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand --name 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)'
            cand -p 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand --local-addr 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand --port 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand --region 'ngrok region whose ingress the session connects to'
            cand --domain 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --subdomain 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --basic-auth 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)'
            cand --allow-cidr 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)'
            cand --deny-cidr 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)'
            cand --circuit-breaker 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1'
            cand --traffic-policy-file 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)'
            cand --metadata 'Metadata string attached to the session and endpoint (at most 4096 bytes)'
            cand --mode 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary'
            cand --proto 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)'
            cand --timeout 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --json 'Print one JSON object {name, mode, public_url, local_addr, pid, started_at} instead of the bare URL'
            cand -d 'Return once the URL is printed and keep the tunnel running in the background'
            cand --detach 'Return once the URL is printed and keep the tunnel running in the background'
            cand --dry-run 'Print the effective settings and what would be sent (secrets masked); connect to nothing'
            cand --detached-child 'Internal: this process is the background half of --detach'
            cand --compression 'Gzip responses for clients that accept it'
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
            cand -p 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand --local-addr 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand --port 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]'
            cand --region 'ngrok region whose ingress the session connects to'
            cand --domain 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --subdomain 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)'
            cand --basic-auth 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)'
            cand --allow-cidr 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)'
            cand --deny-cidr 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)'
            cand --circuit-breaker 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1'
            cand --traffic-policy-file 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)'
            cand --metadata 'Metadata string attached to the session and endpoint (at most 4096 bytes)'
            cand --mode 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary'
            cand --proto 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)'
            cand --timeout 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]'
            cand -c 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --config 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)'
            cand --compression 'Gzip responses for clients that accept it'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --before-id 'Start after this Event Stream id (older streams follow)'
            cand --limit 'Streams per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --before-id 'Start after this Event Stream id (older streams follow)'
            cand --limit 'Streams per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --before-id 'Start after this Event Stream id (older streams follow)'
            cand --limit 'Streams per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --before-id 'Start after this Event Stream id (older streams follow)'
            cand --limit 'Streams per page, 1 to 100 (the API''s default when unset)'
            cand --api-key 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]'
            cand --api-url 'Base URL of the ngrok API (for tests and custom deployments)'
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand --timeout 'Give up on a request after this long (e.g. 10s, 1m)'
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
            cand status 'Show the state of running tunnels (exit 0 when online, 1 when not running)'
            cand url 'Print the public URL of a running tunnel'
            cand stop 'Stop a running tunnel gracefully and wait for it to exit'
            cand check 'Validate the config and print the effective settings (secrets masked) and the plan'
            cand event-streams 'Manage ngrok Event Streams through the ngrok REST API'
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
        &'prx-tunnel;help;completions'= {
        }
        &'prx-tunnel;help;man'= {
        }
        &'prx-tunnel;help;help'= {
        }
    ]
    $completions[$command]
}
