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
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "status" -d 'Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "url" -d 'Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "stop" -d 'Stop a running tunnel gracefully and wait for it to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "check" -d 'Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "edge" -d 'Run the local ngrok edge in the foreground (no account, no network; this machine only)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "exec" -d 'Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "diagnose" -d 'Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "event-streams" -d 'Manage ngrok Event Streams through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "es" -d 'Manage ngrok Event Streams through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "event-destinations" -d 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "ed" -d 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "event-subscriptions" -d 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "esub" -d 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "sessions" -d 'List, stop and restart ngrok agent sessions through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "endpoints" -d 'List the endpoints online on the ngrok account through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "man" -d 'Print the man page (or write all pages into a directory)'
complete -c prx-tunnel -n "__fish_prx_tunnel_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s n -l name -d 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l local-addr -d 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s p -l port -d 'Local port to forward to (or host:port): --local-addr under the name people reach for' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l region -d 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)' -r -f -a "us\t'United States (Ohio)'
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l edge -d 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)' -r -f -a "ngrok\t'The ngrok service (`server_addr`, else the region\'s ingress)'
local\t'A local edge started inside prx-tunnel: no account, no network; the URL is reachable from this machine only'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l proto -d 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)' -r -f -a "http\t'An https URL (http endpoint)'
tcp\t'A raw TCP address'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l only -d 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l timeout -d 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l json -d 'Print one JSON object {name, endpoint, mode, public_url, local_addr, pid, started_at} per endpoint instead of the bare URL'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -s d -l detach -d 'Return once the URL is printed and keep the tunnel running in the background'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l dry-run -d 'Print the effective settings and what would be sent (secrets masked); connect to nothing'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l wait-ready -d 'Print the URL only once a request through it reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l detached-child -d 'Internal: this process is the background half of --detach'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l compression -d 'Gzip responses for clients that accept it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand start" -l keep-going -d 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand url" -l endpoint -d 'Print the URL of this endpoint alone (`default` is [tunnel.ngrok] itself)' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l local-addr -d 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s p -l port -d 'Local port to forward to (or host:port): --local-addr under the name people reach for' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l region -d 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)' -r -f -a "us\t'United States (Ohio)'
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l edge -d 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)' -r -f -a "ngrok\t'The ngrok service (`server_addr`, else the region\'s ingress)'
local\t'A local edge started inside prx-tunnel: no account, no network; the URL is reachable from this machine only'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l proto -d 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)' -r -f -a "http\t'An https URL (http endpoint)'
tcp\t'A raw TCP address'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l only -d 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l timeout -d 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l compression -d 'Gzip responses for clients that accept it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -l keep-going -d 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -l authtoken -d 'Accept only this authtoken (repeatable; visible to other users in `ps`, so use tokens made for this edge). Without it any well-formed token (20-100 of A-Z a-z 0-9 _ -) is accepted' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -l session-limit -d 'Allow at most N live agent sessions per authtoken (one more gets ERR_NGROK_108)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -l json -d 'Print one JSON object {agent_addr, ca_cert, http_addr, https_addr, http_urls, https_urls, control_api, restricted, session_limit, snippet, pid}'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand edge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -s n -l name -d 'Tunnel name for `status`/`url`/`stop` while COMMAND runs [default: exec-<pid>]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l local-addr -d 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -s p -l port -d 'Local port to forward to (or host:port): --local-addr under the name people reach for' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l region -d 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)' -r -f -a "us\t'United States (Ohio)'
us-cal-1\t'United States (California)'
eu\t'Europe (Frankfurt)'
ap\t'Asia/Pacific (Singapore)'
au\t'Australia (Sydney)'
sa\t'South America (São Paulo)'
jp\t'Japan (Tokyo)'
in\t'India (Mumbai)'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l domain -d 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l subdomain -d 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l basic-auth -d 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file\'s list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l allow-cidr -d 'Only accept clients from this CIDR or IP address (repeatable; replaces the file\'s allow list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l deny-cidr -d 'Reject clients from this CIDR or IP address (repeatable; replaces the file\'s deny list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l circuit-breaker -d 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l traffic-policy-file -d 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file\'s traffic_policy / traffic_policy_file)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l metadata -d 'Metadata string attached to the session and endpoint (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l mode -d 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary' -r -f -a "sdk\t'In process, through the `ngrok` crate'
cli\t'By supervising the ngrok agent binary'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l edge -d 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)' -r -f -a "ngrok\t'The ngrok service (`server_addr`, else the region\'s ingress)'
local\t'A local edge started inside prx-tunnel: no account, no network; the URL is reachable from this machine only'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l proto -d 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)' -r -f -a "http\t'An https URL (http endpoint)'
tcp\t'A raw TCP address'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l only -d 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l timeout -d 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l wait-ready -d 'Run COMMAND only once a request through the URL reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l compression -d 'Gzip responses for clients that accept it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -l keep-going -d 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l local-addr -d 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -s p -l port -d 'Local port to forward to (or host:port): --local-addr under the name people reach for' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l region -d 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)' -r -f -a "us\t'United States (Ohio)'
us-cal-1\t'United States (California)'
eu\t'Europe (Frankfurt)'
ap\t'Asia/Pacific (Singapore)'
au\t'Australia (Sydney)'
sa\t'South America (São Paulo)'
jp\t'Japan (Tokyo)'
in\t'India (Mumbai)'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l domain -d 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l subdomain -d 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l basic-auth -d 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file\'s list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l allow-cidr -d 'Only accept clients from this CIDR or IP address (repeatable; replaces the file\'s allow list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l deny-cidr -d 'Reject clients from this CIDR or IP address (repeatable; replaces the file\'s deny list)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l circuit-breaker -d 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l traffic-policy-file -d 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file\'s traffic_policy / traffic_policy_file)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l metadata -d 'Metadata string attached to the session and endpoint (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l mode -d 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary' -r -f -a "sdk\t'In process, through the `ngrok` crate'
cli\t'By supervising the ngrok agent binary'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l edge -d 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)' -r -f -a "ngrok\t'The ngrok service (`server_addr`, else the region\'s ingress)'
local\t'A local edge started inside prx-tunnel: no account, no network; the URL is reachable from this machine only'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l proto -d 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)' -r -f -a "http\t'An https URL (http endpoint)'
tcp\t'A raw TCP address'"
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l only -d 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l timeout -d 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l json -d 'One JSON object: {ok, exit_code, ingress, proxy, checks: [{name, status, ms, detail, cause, fix}]}'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l public -d 'Also send a request through the test endpoint\'s public URL and check that it arrives back'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l compression -d 'Gzip responses for clients that accept it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -l keep-going -d 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand diagnose" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l clear-fields -d 'Collect no fields any more'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-streams; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l clear-fields -d 'Collect no fields any more'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand es; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
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
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "create" -d 'Create an Event Destination and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "list" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "ls" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "get" -d 'Show one Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "update" -d 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "delete" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "rm" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l format -d 'Serialization format of the events (the API accepts only json) [create default: json]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l kinesis -d 'Send to this Amazon Kinesis stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l firehose -d 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l cloudwatch-logs -d 'Send to this Amazon CloudWatch Logs group (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l target-file -d 'Every kind of target, given as the API\'s `target` object in a JSON, TOML or YAML file' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l role-arn -d 'AWS targets: the IAM role ngrok assumes (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l datadog-site -d 'Datadog site, such as datadoghq.com or datadoghq.eu' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l datadog-service -d 'Datadog service name sent with each event' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l datadog-tags -d 'Datadog tags sent with each event (`env:prod,team:web`)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l datadog -d 'Send to Datadog; the API key is read from $DD_API_KEY'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l aws-keys-from-env -d 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l format -d 'Serialization format of the events (the API accepts only json) [create default: json]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l kinesis -d 'Send to this Amazon Kinesis stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l firehose -d 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l cloudwatch-logs -d 'Send to this Amazon CloudWatch Logs group (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l target-file -d 'Every kind of target, given as the API\'s `target` object in a JSON, TOML or YAML file' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l role-arn -d 'AWS targets: the IAM role ngrok assumes (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l datadog-site -d 'Datadog site, such as datadoghq.com or datadoghq.eu' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l datadog-service -d 'Datadog service name sent with each event' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l datadog-tags -d 'Datadog tags sent with each event (`env:prod,team:web`)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l datadog -d 'Send to Datadog; the API key is read from $DD_API_KEY'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l aws-keys-from-env -d 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Event Destination and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-destinations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "create" -d 'Create an Event Destination and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "list" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "ls" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "get" -d 'Show one Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "update" -d 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "delete" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "rm" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and not __fish_seen_subcommand_from create list ls get update delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l format -d 'Serialization format of the events (the API accepts only json) [create default: json]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l kinesis -d 'Send to this Amazon Kinesis stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l firehose -d 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l cloudwatch-logs -d 'Send to this Amazon CloudWatch Logs group (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l target-file -d 'Every kind of target, given as the API\'s `target` object in a JSON, TOML or YAML file' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l role-arn -d 'AWS targets: the IAM role ngrok assumes (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l datadog-site -d 'Datadog site, such as datadoghq.com or datadoghq.eu' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l datadog-service -d 'Datadog service name sent with each event' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l datadog-tags -d 'Datadog tags sent with each event (`env:prod,team:web`)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l datadog -d 'Send to Datadog; the API key is read from $DD_API_KEY'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l aws-keys-from-env -d 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l description -d 'Human-readable description (at most 255 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l metadata -d 'Machine-readable data of your own (at most 4096 bytes)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l format -d 'Serialization format of the events (the API accepts only json) [create default: json]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l kinesis -d 'Send to this Amazon Kinesis stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l firehose -d 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l cloudwatch-logs -d 'Send to this Amazon CloudWatch Logs group (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l target-file -d 'Every kind of target, given as the API\'s `target` object in a JSON, TOML or YAML file' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l role-arn -d 'AWS targets: the IAM role ngrok assumes (ARN)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l datadog-site -d 'Datadog site, such as datadoghq.com or datadoghq.eu' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l datadog-service -d 'Datadog service name sent with each event' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l datadog-tags -d 'Datadog tags sent with each event (`env:prod,team:web`)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l datadog -d 'Send to Datadog; the API key is read from $DD_API_KEY'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l aws-keys-from-env -d 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Event Destination and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand ed; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "create" -d 'Create an Event Subscription and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "list" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "ls" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "get" -d 'Show one Event Subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "update" -d 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "delete" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "rm" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "sources" -d 'The event types (sources) of one subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l source -d 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l description -d 'Human-readable description (at most 255 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l metadata -d 'Machine-readable data of your own (at most 4096 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l source -d 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l description -d 'Human-readable description (at most 255 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l metadata -d 'Machine-readable data of your own (at most 4096 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "add" -d 'Add an event type to a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "list" -d 'List the event types of a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "ls" -d 'List the event types of a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "get" -d 'Show one event type of a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "update" -d 'Save an event type of a subscription again (the API has nothing else to change on a source)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "remove" -d 'Remove an event type from a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "rm" -d 'Remove an event type from a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from sources" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Event Subscription and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one Event Subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "sources" -d 'The event types (sources) of one subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand event-subscriptions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "create" -d 'Create an Event Subscription and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "list" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "ls" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "get" -d 'Show one Event Subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "update" -d 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "delete" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "rm" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "sources" -d 'The event types (sources) of one subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and not __fish_seen_subcommand_from create list ls get update delete rm sources help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l source -d 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l description -d 'Human-readable description (at most 255 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l metadata -d 'Machine-readable data of your own (at most 4096 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l source -d 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l destination-id -d 'An Event Destination id to send events to (repeat, or separate with commas)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l description -d 'Human-readable description (at most 255 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l metadata -d 'Machine-readable data of your own (at most 4096 characters)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "add" -d 'Add an event type to a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "list" -d 'List the event types of a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "ls" -d 'List the event types of a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "get" -d 'Show one event type of a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "update" -d 'Save an event type of a subscription again (the API has nothing else to change on a source)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "remove" -d 'Remove an event type from a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "rm" -d 'Remove an event type from a subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from sources" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an Event Subscription and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one Event Subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "sources" -d 'The event types (sources) of one subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand esub; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -f -a "list" -d 'List the agent sessions online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -f -a "ls" -d 'List the agent sessions online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -f -a "stop" -d 'Tell the agent of a session to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -f -a "restart" -d 'Tell the agent of a session to restart (not supported by agents on Windows)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and not __fish_seen_subcommand_from list ls stop restart help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the agent sessions online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Tell the agent of a session to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Tell the agent of a session to restart (not supported by agents on Windows)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -f -a "list" -d 'List the endpoints online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -f -a "ls" -d 'List the endpoints online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -f -a "get" -d 'Show one endpoint'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and not __fish_seen_subcommand_from list ls get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l before-id -d 'Start after this id (lists are newest first: older items follow)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l limit -d 'Items per page, 1 to 100 (the API\'s default when unset)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l all -d 'Follow next_page_uri to the last page and print everything'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -l api-key -d 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -l api-url -d 'Base URL of the ngrok API (for tests and custom deployments)' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`' -r
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -l json -d 'Print the API\'s JSON objects instead of tables'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the endpoints online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one endpoint'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand endpoints; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand completions" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -l dir -d 'Write prx-tunnel.1 and one page per command into this directory instead of printing' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s c -l config -d 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)' -r -F
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s v -l verbose -d 'More logging on stderr: -v debug, -vv trace (secrets stay masked)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand man" -s h -l help -d 'Print help'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "start" -d 'Start a tunnel and print its public URL on stdout'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "status" -d 'Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "url" -d 'Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "stop" -d 'Stop a running tunnel gracefully and wait for it to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "check" -d 'Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "edge" -d 'Run the local ngrok edge in the foreground (no account, no network; this machine only)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "exec" -d 'Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "diagnose" -d 'Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "event-streams" -d 'Manage ngrok Event Streams through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "event-destinations" -d 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "event-subscriptions" -d 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "sessions" -d 'List, stop and restart ngrok agent sessions through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "endpoints" -d 'List the endpoints online on the ngrok account through the ngrok REST API'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "man" -d 'Print the man page (or write all pages into a directory)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and not __fish_seen_subcommand_from start status url stop check edge exec diagnose event-streams event-destinations event-subscriptions sessions endpoints completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "create" -d 'Create an Event Stream and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "list" -d 'List Event Streams, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "get" -d 'Show one Event Stream'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "update" -d 'Change an Event Stream: only the flags given are sent (the event type cannot change)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-streams" -f -a "delete" -d 'Delete an Event Stream (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-destinations" -f -a "create" -d 'Create an Event Destination and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-destinations" -f -a "list" -d 'List Event Destinations, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-destinations" -f -a "get" -d 'Show one Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-destinations" -f -a "update" -d 'Change an Event Destination: only the flags given are sent (a new target replaces the old)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-destinations" -f -a "delete" -d 'Delete an Event Destination'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-subscriptions" -f -a "create" -d 'Create an Event Subscription and print it'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-subscriptions" -f -a "list" -d 'List Event Subscriptions, newest first (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-subscriptions" -f -a "get" -d 'Show one Event Subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-subscriptions" -f -a "update" -d 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-subscriptions" -f -a "delete" -d 'Delete an Event Subscription (its Event Destinations are kept)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from event-subscriptions" -f -a "sources" -d 'The event types (sources) of one subscription'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'List the agent sessions online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "stop" -d 'Tell the agent of a session to exit'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "restart" -d 'Tell the agent of a session to restart (not supported by agents on Windows)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from endpoints" -f -a "list" -d 'List the endpoints online on the account (one page unless --all)'
complete -c prx-tunnel -n "__fish_prx_tunnel_using_subcommand help; and __fish_seen_subcommand_from endpoints" -f -a "get" -d 'Show one endpoint'
