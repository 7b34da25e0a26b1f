# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_prx_tunnel_global_optspecs
    string join \n c/config= v/verbose q/quiet h/help V/version
end

function __fish_prx_tunnel_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_prx_tunnel_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_prx_tunnel_using_subcommand
    set -l cmd (__fish_prx_tunnel_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -s V -l version -d 'Print version'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "start" -d 'Start a tunnel and print its public URL on stdout'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "status" -d 'Show the state of running tunnels (exit 0 when online, 1 when not running)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "url" -d 'Print the public URL of a running tunnel'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "stop" -d 'Stop a running tunnel gracefully and wait for it to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "check" -d 'Validate the config and print the effective settings (secrets masked) and the plan'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "event-streams" -d 'Manage ngrok Event Streams through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "es" -d 'Manage ngrok Event Streams through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "man" -d 'Print the man page (or write all pages into a directory)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s n -l name -d 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s p -l local-addr -l port -d 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l region -d 'ngrok region whose ingress the session connects to' -r -f -a "us\t'United States (Ohio)'
us-cal-1\t'United States (California)'
eu\t'Europe (Frankfurt)'
ap\t'Asia/Pacific (Singapore)'
au\t'Australia (Sydney)'
sa\t'South America (São Paulo)'
jp\t'Japan (Tokyo)'
in\t'India (Mumbai)'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l domain -d 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l subdomain -d 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l basic-auth -d 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file\'s list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l allow-cidr -d 'Only accept clients from this CIDR or IP address (repeatable; replaces the file\'s allow list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l deny-cidr -d 'Reject clients from this CIDR or IP address (repeatable; replaces the file\'s deny list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l circuit-breaker -d 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l traffic-policy-file -d 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file\'s traffic_policy / traffic_policy_file)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l metadata -d 'Metadata string attached to the session and endpoint (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l mode -d 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary' -r -f -a "sdk\t'In process, through the `ngrok` crate'
cli\t'By supervising the ngrok agent binary'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l proto -d 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)' -r -f -a "http\t'An https URL (http endpoint)'
tcp\t'A raw TCP address'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l timeout -d 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l json -d 'Print one JSON object {name, mode, public_url, local_addr, pid, started_at} instead of the bare URL'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s d -l detach -d 'Return once the URL is printed and keep the tunnel running in the background'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l dry-run -d 'Print the effective settings and what would be sent (secrets masked); connect to nothing'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l detached-child -d 'Internal: this process is the background half of --detach'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l compression -d 'Gzip responses for clients that accept it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -s n -l name -d 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -l all -d 'Every tunnel with state on this machine'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -l json -d 'Machine-readable output'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand status" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand url" -s n -l name -d 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand url" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand url" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand url" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand url" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand stop" -s n -l name -d 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand stop" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand stop" -l all -d 'Stop every running tunnel'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand stop" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand stop" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand stop" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s p -l local-addr -l port -d 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l region -d 'ngrok region whose ingress the session connects to' -r -f -a "us\t'United States (Ohio)'
us-cal-1\t'United States (California)'
eu\t'Europe (Frankfurt)'
ap\t'Asia/Pacific (Singapore)'
au\t'Australia (Sydney)'
sa\t'South America (São Paulo)'
jp\t'Japan (Tokyo)'
in\t'India (Mumbai)'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l domain -d 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l subdomain -d 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l basic-auth -d 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file\'s list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l allow-cidr -d 'Only accept clients from this CIDR or IP address (repeatable; replaces the file\'s allow list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l deny-cidr -d 'Reject clients from this CIDR or IP address (repeatable; replaces the file\'s deny list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l circuit-breaker -d 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l traffic-policy-file -d 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file\'s traffic_policy / traffic_policy_file)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l metadata -d 'Metadata string attached to the session and endpoint (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l mode -d 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary' -r -f -a "sdk\t'In process, through the `ngrok` crate'
cli\t'By supervising the ngrok agent binary'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l proto -d 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)' -r -f -a "http\t'An https URL (http endpoint)'
tcp\t'A raw TCP address'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l timeout -d 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l compression -d 'Gzip responses for clients that accept it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "create" -d 'Create an Event Stream and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "list" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "ls" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "get" -d 'Show one Event Stream'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "update" -d 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "delete" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "rm" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l event-type -d 'Which events to collect' -r -f -a "tcp_connection_closed\t''
http_request_complete\t''"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l field -d 'A protocol-specific field to collect on each event (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l sampling-rate -d 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this Event Stream id (older streams follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l limit -d 'Streams per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this Event Stream id (older streams follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l limit -d 'Streams per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l field -d 'A protocol-specific field to collect on each event (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l sampling-rate -d 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l clear-fields -d 'Collect no fields any more'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Event Stream and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one Event Stream'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "create" -d 'Create an Event Stream and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "list" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "ls" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "get" -d 'Show one Event Stream'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "update" -d 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "delete" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "rm" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l event-type -d 'Which events to collect' -r -f -a "tcp_connection_closed\t''
http_request_complete\t''"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l field -d 'A protocol-specific field to collect on each event (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l sampling-rate -d 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this Event Stream id (older streams follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l limit -d 'Streams per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this Event Stream id (older streams follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l limit -d 'Streams per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l field -d 'A protocol-specific field to collect on each event (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l sampling-rate -d 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l clear-fields -d 'Collect no fields any more'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long (e.g. 10s, 1m)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Event Stream and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one Event Stream'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -l dir -d 'Write prx-tunnel.1 and one page per command into this directory instead of printing' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "start" -d 'Start a tunnel and print its public URL on stdout'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "status" -d 'Show the state of running tunnels (exit 0 when online, 1 when not running)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "url" -d 'Print the public URL of a running tunnel'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "stop" -d 'Stop a running tunnel gracefully and wait for it to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "check" -d 'Validate the config and print the effective settings (secrets masked) and the plan'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "event-streams" -d 'Manage ngrok Event Streams through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "man" -d 'Print the man page (or write all pages into a directory)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check event-streams completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "create" -d 'Create an Event Stream and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "list" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "get" -d 'Show one Event Stream'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "update" -d 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "delete" -d 'Delete an Event Stream (its Event Destinations are kept)'
