
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'prx-tunnel' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'prx-tunnel'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'prx-tunnel' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a tunnel and print its public URL on stdout')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running tunnel gracefully and wait for it to exit')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail')
            [CompletionResult]::new('edge', 'edge', [CompletionResultType]::ParameterValue, 'Run the local ngrok edge in the foreground (no account, no network; this machine only)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits')
            [CompletionResult]::new('diagnose', 'diagnose', [CompletionResultType]::ParameterValue, 'Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint')
            [CompletionResult]::new('event-streams', 'event-streams', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Streams through the ngrok REST API')
            [CompletionResult]::new('es', 'es', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Streams through the ngrok REST API')
            [CompletionResult]::new('event-destinations', 'event-destinations', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API')
            [CompletionResult]::new('ed', 'ed', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API')
            [CompletionResult]::new('event-subscriptions', 'event-subscriptions', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API')
            [CompletionResult]::new('esub', 'esub', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List, stop and restart ngrok agent sessions through the ngrok REST API')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'List the endpoints online on the ngrok account through the ngrok REST API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages into a directory)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;start' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--local-addr', '--local-addr', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)')
            [CompletionResult]::new('--allow-cidr', '--allow-cidr', [CompletionResultType]::ParameterName, 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)')
            [CompletionResult]::new('--deny-cidr', '--deny-cidr', [CompletionResultType]::ParameterName, 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)')
            [CompletionResult]::new('--circuit-breaker', '--circuit-breaker', [CompletionResultType]::ParameterName, 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1')
            [CompletionResult]::new('--traffic-policy-file', '--traffic-policy-file', [CompletionResultType]::ParameterName, 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata string attached to the session and endpoint (at most 4096 bytes)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary')
            [CompletionResult]::new('--edge', '--edge', [CompletionResultType]::ParameterName, 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object {name, endpoint, mode, public_url, local_addr, pid, started_at} per endpoint instead of the bare URL')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Return once the URL is printed and keep the tunnel running in the background')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Return once the URL is printed and keep the tunnel running in the background')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the effective settings and what would be sent (secrets masked); connect to nothing')
            [CompletionResult]::new('--wait-ready', '--wait-ready', [CompletionResultType]::ParameterName, 'Print the URL only once a request through it reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]')
            [CompletionResult]::new('--detached-child', '--detached-child', [CompletionResultType]::ParameterName, 'Internal: this process is the background half of --detach')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Gzip responses for clients that accept it')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'prx-tunnel;status' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every tunnel with state on this machine')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine-readable output')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;url' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Print the URL of this endpoint alone (`default` is [tunnel.ngrok] itself)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;stop' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Stop every running tunnel')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;check' {
            [CompletionResult]::new('--local-addr', '--local-addr', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)')
            [CompletionResult]::new('--allow-cidr', '--allow-cidr', [CompletionResultType]::ParameterName, 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)')
            [CompletionResult]::new('--deny-cidr', '--deny-cidr', [CompletionResultType]::ParameterName, 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)')
            [CompletionResult]::new('--circuit-breaker', '--circuit-breaker', [CompletionResultType]::ParameterName, 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1')
            [CompletionResult]::new('--traffic-policy-file', '--traffic-policy-file', [CompletionResultType]::ParameterName, 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata string attached to the session and endpoint (at most 4096 bytes)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary')
            [CompletionResult]::new('--edge', '--edge', [CompletionResultType]::ParameterName, 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Gzip responses for clients that accept it')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'prx-tunnel;edge' {
            [CompletionResult]::new('--authtoken', '--authtoken', [CompletionResultType]::ParameterName, 'Accept only this authtoken (repeatable; visible to other users in `ps`, so use tokens made for this edge). Without it any well-formed token (20-100 of A-Z a-z 0-9 _ -) is accepted')
            [CompletionResult]::new('--session-limit', '--session-limit', [CompletionResultType]::ParameterName, 'Allow at most N live agent sessions per authtoken (one more gets ERR_NGROK_108)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object {agent_addr, ca_cert, http_addr, https_addr, http_urls, https_urls, control_api, restricted, session_limit, snippet, pid}')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'prx-tunnel;exec' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Tunnel name for `status`/`url`/`stop` while COMMAND runs [default: exec-<pid>]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Tunnel name for `status`/`url`/`stop` while COMMAND runs [default: exec-<pid>]')
            [CompletionResult]::new('--local-addr', '--local-addr', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)')
            [CompletionResult]::new('--allow-cidr', '--allow-cidr', [CompletionResultType]::ParameterName, 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)')
            [CompletionResult]::new('--deny-cidr', '--deny-cidr', [CompletionResultType]::ParameterName, 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)')
            [CompletionResult]::new('--circuit-breaker', '--circuit-breaker', [CompletionResultType]::ParameterName, 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1')
            [CompletionResult]::new('--traffic-policy-file', '--traffic-policy-file', [CompletionResultType]::ParameterName, 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata string attached to the session and endpoint (at most 4096 bytes)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary')
            [CompletionResult]::new('--edge', '--edge', [CompletionResultType]::ParameterName, 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--wait-ready', '--wait-ready', [CompletionResultType]::ParameterName, 'Run COMMAND only once a request through the URL reaches the tunnel (bounded by the startup timeout) [default: wait_ready in the config, else off]')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Gzip responses for clients that accept it')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'prx-tunnel;diagnose' {
            [CompletionResult]::new('--local-addr', '--local-addr', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to forward to (or host:port): --local-addr under the name people reach for')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'ngrok region whose ingress the session connects to (deprecated by ngrok: without it, its default ingress routes to the nearest point of presence)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)')
            [CompletionResult]::new('--allow-cidr', '--allow-cidr', [CompletionResultType]::ParameterName, 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)')
            [CompletionResult]::new('--deny-cidr', '--deny-cidr', [CompletionResultType]::ParameterName, 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)')
            [CompletionResult]::new('--circuit-breaker', '--circuit-breaker', [CompletionResultType]::ParameterName, 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1')
            [CompletionResult]::new('--traffic-policy-file', '--traffic-policy-file', [CompletionResultType]::ParameterName, 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata string attached to the session and endpoint (at most 4096 bytes)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary')
            [CompletionResult]::new('--edge', '--edge', [CompletionResultType]::ParameterName, 'ngrok: the ngrok service; local: an edge inside prx-tunnel (no account, no network; the URL works on this machine only)')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Open only these endpoints of the config (comma-separated names; `default` is [tunnel.ngrok] itself)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'One JSON object: {ok, exit_code, ingress, proxy, checks: [{name, status, ms, detail, cause, fix}]}')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Also send a request through the test endpoint''s public URL and check that it arrives back')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Gzip responses for clients that accept it')
            [CompletionResult]::new('--keep-going', '--keep-going', [CompletionResultType]::ParameterName, 'SDK mode: when the service refuses one of the [tunnel.ngrok.endpoints] endpoints, open the others and go on (default: the start fails naming it)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'prx-tunnel;event-streams' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Stream and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Stream')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Stream: only the flags given are sent (the event type cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;es' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Stream and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Stream')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Stream: only the flags given are sent (the event type cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-streams;create' {
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Which events to collect')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A protocol-specific field to collect on each event (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--sampling-rate', '--sampling-rate', [CompletionResultType]::ParameterName, 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;create' {
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Which events to collect')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A protocol-specific field to collect on each event (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--sampling-rate', '--sampling-rate', [CompletionResultType]::ParameterName, 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;update' {
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A protocol-specific field to collect on each event (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--sampling-rate', '--sampling-rate', [CompletionResultType]::ParameterName, 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--clear-fields', '--clear-fields', [CompletionResultType]::ParameterName, 'Collect no fields any more')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;update' {
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A protocol-specific field to collect on each event (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--sampling-rate', '--sampling-rate', [CompletionResultType]::ParameterName, 'Share of events to capture, from 0.01 (1%) to 1.00 (all) [create default: 1.00]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--clear-fields', '--clear-fields', [CompletionResultType]::ParameterName, 'Collect no fields any more')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;es;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-streams;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Stream and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Stream')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Stream: only the flags given are sent (the event type cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-streams;help;create' {
            break
        }
        'prx-tunnel;event-streams;help;list' {
            break
        }
        'prx-tunnel;event-streams;help;get' {
            break
        }
        'prx-tunnel;event-streams;help;update' {
            break
        }
        'prx-tunnel;event-streams;help;delete' {
            break
        }
        'prx-tunnel;event-streams;help;help' {
            break
        }
        'prx-tunnel;es;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Stream and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Stream')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Stream: only the flags given are sent (the event type cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;es;help;create' {
            break
        }
        'prx-tunnel;es;help;list' {
            break
        }
        'prx-tunnel;es;help;get' {
            break
        }
        'prx-tunnel;es;help;update' {
            break
        }
        'prx-tunnel;es;help;delete' {
            break
        }
        'prx-tunnel;es;help;help' {
            break
        }
        'prx-tunnel;event-destinations' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Destination and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Destination')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Destination: only the flags given are sent (a new target replaces the old)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;ed' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Destination and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Destination')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Destination: only the flags given are sent (a new target replaces the old)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-destinations;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Serialization format of the events (the API accepts only json) [create default: json]')
            [CompletionResult]::new('--kinesis', '--kinesis', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis stream (ARN)')
            [CompletionResult]::new('--firehose', '--firehose', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)')
            [CompletionResult]::new('--cloudwatch-logs', '--cloudwatch-logs', [CompletionResultType]::ParameterName, 'Send to this Amazon CloudWatch Logs group (ARN)')
            [CompletionResult]::new('--target-file', '--target-file', [CompletionResultType]::ParameterName, 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS targets: the IAM role ngrok assumes (ARN)')
            [CompletionResult]::new('--datadog-site', '--datadog-site', [CompletionResultType]::ParameterName, 'Datadog site, such as datadoghq.com or datadoghq.eu')
            [CompletionResult]::new('--datadog-service', '--datadog-service', [CompletionResultType]::ParameterName, 'Datadog service name sent with each event')
            [CompletionResult]::new('--datadog-tags', '--datadog-tags', [CompletionResultType]::ParameterName, 'Datadog tags sent with each event (`env:prod,team:web`)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--datadog', '--datadog', [CompletionResultType]::ParameterName, 'Send to Datadog; the API key is read from $DD_API_KEY')
            [CompletionResult]::new('--aws-keys-from-env', '--aws-keys-from-env', [CompletionResultType]::ParameterName, 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Serialization format of the events (the API accepts only json) [create default: json]')
            [CompletionResult]::new('--kinesis', '--kinesis', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis stream (ARN)')
            [CompletionResult]::new('--firehose', '--firehose', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)')
            [CompletionResult]::new('--cloudwatch-logs', '--cloudwatch-logs', [CompletionResultType]::ParameterName, 'Send to this Amazon CloudWatch Logs group (ARN)')
            [CompletionResult]::new('--target-file', '--target-file', [CompletionResultType]::ParameterName, 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS targets: the IAM role ngrok assumes (ARN)')
            [CompletionResult]::new('--datadog-site', '--datadog-site', [CompletionResultType]::ParameterName, 'Datadog site, such as datadoghq.com or datadoghq.eu')
            [CompletionResult]::new('--datadog-service', '--datadog-service', [CompletionResultType]::ParameterName, 'Datadog service name sent with each event')
            [CompletionResult]::new('--datadog-tags', '--datadog-tags', [CompletionResultType]::ParameterName, 'Datadog tags sent with each event (`env:prod,team:web`)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--datadog', '--datadog', [CompletionResultType]::ParameterName, 'Send to Datadog; the API key is read from $DD_API_KEY')
            [CompletionResult]::new('--aws-keys-from-env', '--aws-keys-from-env', [CompletionResultType]::ParameterName, 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Serialization format of the events (the API accepts only json) [create default: json]')
            [CompletionResult]::new('--kinesis', '--kinesis', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis stream (ARN)')
            [CompletionResult]::new('--firehose', '--firehose', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)')
            [CompletionResult]::new('--cloudwatch-logs', '--cloudwatch-logs', [CompletionResultType]::ParameterName, 'Send to this Amazon CloudWatch Logs group (ARN)')
            [CompletionResult]::new('--target-file', '--target-file', [CompletionResultType]::ParameterName, 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS targets: the IAM role ngrok assumes (ARN)')
            [CompletionResult]::new('--datadog-site', '--datadog-site', [CompletionResultType]::ParameterName, 'Datadog site, such as datadoghq.com or datadoghq.eu')
            [CompletionResult]::new('--datadog-service', '--datadog-service', [CompletionResultType]::ParameterName, 'Datadog service name sent with each event')
            [CompletionResult]::new('--datadog-tags', '--datadog-tags', [CompletionResultType]::ParameterName, 'Datadog tags sent with each event (`env:prod,team:web`)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--datadog', '--datadog', [CompletionResultType]::ParameterName, 'Send to Datadog; the API key is read from $DD_API_KEY')
            [CompletionResult]::new('--aws-keys-from-env', '--aws-keys-from-env', [CompletionResultType]::ParameterName, 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 bytes)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 bytes)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Serialization format of the events (the API accepts only json) [create default: json]')
            [CompletionResult]::new('--kinesis', '--kinesis', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis stream (ARN)')
            [CompletionResult]::new('--firehose', '--firehose', [CompletionResultType]::ParameterName, 'Send to this Amazon Kinesis Data Firehose delivery stream (ARN)')
            [CompletionResult]::new('--cloudwatch-logs', '--cloudwatch-logs', [CompletionResultType]::ParameterName, 'Send to this Amazon CloudWatch Logs group (ARN)')
            [CompletionResult]::new('--target-file', '--target-file', [CompletionResultType]::ParameterName, 'Every kind of target, given as the API''s `target` object in a JSON, TOML or YAML file')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'AWS targets: the IAM role ngrok assumes (ARN)')
            [CompletionResult]::new('--datadog-site', '--datadog-site', [CompletionResultType]::ParameterName, 'Datadog site, such as datadoghq.com or datadoghq.eu')
            [CompletionResult]::new('--datadog-service', '--datadog-service', [CompletionResultType]::ParameterName, 'Datadog service name sent with each event')
            [CompletionResult]::new('--datadog-tags', '--datadog-tags', [CompletionResultType]::ParameterName, 'Datadog tags sent with each event (`env:prod,team:web`)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--datadog', '--datadog', [CompletionResultType]::ParameterName, 'Send to Datadog; the API key is read from $DD_API_KEY')
            [CompletionResult]::new('--aws-keys-from-env', '--aws-keys-from-env', [CompletionResultType]::ParameterName, 'AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;ed;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-destinations;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Destination and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Destination')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Destination: only the flags given are sent (a new target replaces the old)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-destinations;help;create' {
            break
        }
        'prx-tunnel;event-destinations;help;list' {
            break
        }
        'prx-tunnel;event-destinations;help;get' {
            break
        }
        'prx-tunnel;event-destinations;help;update' {
            break
        }
        'prx-tunnel;event-destinations;help;delete' {
            break
        }
        'prx-tunnel;event-destinations;help;help' {
            break
        }
        'prx-tunnel;ed;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Destination and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Destination')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Destination: only the flags given are sent (a new target replaces the old)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;ed;help;create' {
            break
        }
        'prx-tunnel;ed;help;list' {
            break
        }
        'prx-tunnel;ed;help;get' {
            break
        }
        'prx-tunnel;ed;help;update' {
            break
        }
        'prx-tunnel;ed;help;delete' {
            break
        }
        'prx-tunnel;ed;help;help' {
            break
        }
        'prx-tunnel;event-subscriptions' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Subscription and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'The event types (sources) of one subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;esub' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Subscription and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'The event types (sources) of one subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-subscriptions;create' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 characters)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;create' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 characters)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;update' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 characters)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;update' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'An event type to subscribe to, such as http_request_complete.v0 (repeat, or separate with commas)')
            [CompletionResult]::new('--destination-id', '--destination-id', [CompletionResultType]::ParameterName, 'An Event Destination id to send events to (repeat, or separate with commas)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Human-readable description (at most 255 characters)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Machine-readable data of your own (at most 4096 characters)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-subscriptions;sources;add' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;list' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;ls' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;update' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;remove' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;event-subscriptions;sources;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-subscriptions;sources;help;add' {
            break
        }
        'prx-tunnel;event-subscriptions;sources;help;list' {
            break
        }
        'prx-tunnel;event-subscriptions;sources;help;get' {
            break
        }
        'prx-tunnel;event-subscriptions;sources;help;update' {
            break
        }
        'prx-tunnel;event-subscriptions;sources;help;remove' {
            break
        }
        'prx-tunnel;event-subscriptions;sources;help;help' {
            break
        }
        'prx-tunnel;esub;sources' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;esub;sources;add' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;list' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;ls' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;update' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;remove' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;rm' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;esub;sources;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;esub;sources;help;add' {
            break
        }
        'prx-tunnel;esub;sources;help;list' {
            break
        }
        'prx-tunnel;esub;sources;help;get' {
            break
        }
        'prx-tunnel;esub;sources;help;update' {
            break
        }
        'prx-tunnel;esub;sources;help;remove' {
            break
        }
        'prx-tunnel;esub;sources;help;help' {
            break
        }
        'prx-tunnel;event-subscriptions;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Subscription and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'The event types (sources) of one subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;event-subscriptions;help;create' {
            break
        }
        'prx-tunnel;event-subscriptions;help;list' {
            break
        }
        'prx-tunnel;event-subscriptions;help;get' {
            break
        }
        'prx-tunnel;event-subscriptions;help;update' {
            break
        }
        'prx-tunnel;event-subscriptions;help;delete' {
            break
        }
        'prx-tunnel;event-subscriptions;help;sources' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            break
        }
        'prx-tunnel;event-subscriptions;help;sources;add' {
            break
        }
        'prx-tunnel;event-subscriptions;help;sources;list' {
            break
        }
        'prx-tunnel;event-subscriptions;help;sources;get' {
            break
        }
        'prx-tunnel;event-subscriptions;help;sources;update' {
            break
        }
        'prx-tunnel;event-subscriptions;help;sources;remove' {
            break
        }
        'prx-tunnel;event-subscriptions;help;help' {
            break
        }
        'prx-tunnel;esub;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Subscription and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'The event types (sources) of one subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;esub;help;create' {
            break
        }
        'prx-tunnel;esub;help;list' {
            break
        }
        'prx-tunnel;esub;help;get' {
            break
        }
        'prx-tunnel;esub;help;update' {
            break
        }
        'prx-tunnel;esub;help;delete' {
            break
        }
        'prx-tunnel;esub;help;sources' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            break
        }
        'prx-tunnel;esub;help;sources;add' {
            break
        }
        'prx-tunnel;esub;help;sources;list' {
            break
        }
        'prx-tunnel;esub;help;sources;get' {
            break
        }
        'prx-tunnel;esub;help;sources;update' {
            break
        }
        'prx-tunnel;esub;help;sources;remove' {
            break
        }
        'prx-tunnel;esub;help;help' {
            break
        }
        'prx-tunnel;sessions' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agent sessions online on the account (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the agent sessions online on the account (one page unless --all)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Tell the agent of a session to exit')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Tell the agent of a session to restart (not supported by agents on Windows)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;sessions;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;sessions;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;sessions;stop' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;sessions;restart' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;sessions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agent sessions online on the account (one page unless --all)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Tell the agent of a session to exit')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Tell the agent of a session to restart (not supported by agents on Windows)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;sessions;help;list' {
            break
        }
        'prx-tunnel;sessions;help;stop' {
            break
        }
        'prx-tunnel;sessions;help;restart' {
            break
        }
        'prx-tunnel;sessions;help;help' {
            break
        }
        'prx-tunnel;endpoints' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the endpoints online on the account (one page unless --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the endpoints online on the account (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;endpoints;list' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;endpoints;ls' {
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this id (lists are newest first: older items follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow next_page_uri to the last page and print everything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;endpoints;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long: seconds (10) or a duration (10s, 1m), as for `start --timeout`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON objects instead of tables')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;endpoints;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the endpoints online on the account (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;endpoints;help;list' {
            break
        }
        'prx-tunnel;endpoints;help;get' {
            break
        }
        'prx-tunnel;endpoints;help;help' {
            break
        }
        'prx-tunnel;completions' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write prx-tunnel.1 and one page per command into this directory instead of printing')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr: -v debug, -vv trace (secrets stay masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'prx-tunnel;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a tunnel and print its public URL on stdout')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the state of running tunnels (exit 0 when online, 5 when running but not online, 1 when not running)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the public URL of a running tunnel (with several endpoints: one `NAME URL` line each; exit 5 while it has none yet, 1 when not running)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running tunnel gracefully and wait for it to exit')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config and print the effective settings (a loadable config file, secrets as ${VAR}) and the plan; exit 2 when start would fail')
            [CompletionResult]::new('edge', 'edge', [CompletionResultType]::ParameterValue, 'Run the local ngrok edge in the foreground (no account, no network; this machine only)')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Bring the tunnel up, run COMMAND with PRX_TUNNEL_URL set, stop the tunnel when it exits')
            [CompletionResult]::new('diagnose', 'diagnose', [CompletionResultType]::ParameterValue, 'Check the way to ngrok stage by stage: config, authtoken, DNS, TCP/proxy, TLS, session, endpoint')
            [CompletionResult]::new('event-streams', 'event-streams', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Streams through the ngrok REST API')
            [CompletionResult]::new('event-destinations', 'event-destinations', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Destinations (where events are delivered) through the ngrok REST API')
            [CompletionResult]::new('event-subscriptions', 'event-subscriptions', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Subscriptions (which events go where) through the ngrok REST API')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List, stop and restart ngrok agent sessions through the ngrok REST API')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'List the endpoints online on the ngrok account through the ngrok REST API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages into a directory)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;help;start' {
            break
        }
        'prx-tunnel;help;status' {
            break
        }
        'prx-tunnel;help;url' {
            break
        }
        'prx-tunnel;help;stop' {
            break
        }
        'prx-tunnel;help;check' {
            break
        }
        'prx-tunnel;help;edge' {
            break
        }
        'prx-tunnel;help;exec' {
            break
        }
        'prx-tunnel;help;diagnose' {
            break
        }
        'prx-tunnel;help;event-streams' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Stream and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Streams, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Stream')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Stream: only the flags given are sent (the event type cannot change)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Stream (its Event Destinations are kept)')
            break
        }
        'prx-tunnel;help;event-streams;create' {
            break
        }
        'prx-tunnel;help;event-streams;list' {
            break
        }
        'prx-tunnel;help;event-streams;get' {
            break
        }
        'prx-tunnel;help;event-streams;update' {
            break
        }
        'prx-tunnel;help;event-streams;delete' {
            break
        }
        'prx-tunnel;help;event-destinations' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Destination and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Destinations, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Destination')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Destination: only the flags given are sent (a new target replaces the old)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Destination')
            break
        }
        'prx-tunnel;help;event-destinations;create' {
            break
        }
        'prx-tunnel;help;event-destinations;list' {
            break
        }
        'prx-tunnel;help;event-destinations;get' {
            break
        }
        'prx-tunnel;help;event-destinations;update' {
            break
        }
        'prx-tunnel;help;event-destinations;delete' {
            break
        }
        'prx-tunnel;help;event-subscriptions' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an Event Subscription and print it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Event Subscriptions, newest first (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one Event Subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an Event Subscription: only the flags given are sent; --source and --destination-id replace the whole list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an Event Subscription (its Event Destinations are kept)')
            [CompletionResult]::new('sources', 'sources', [CompletionResultType]::ParameterValue, 'The event types (sources) of one subscription')
            break
        }
        'prx-tunnel;help;event-subscriptions;create' {
            break
        }
        'prx-tunnel;help;event-subscriptions;list' {
            break
        }
        'prx-tunnel;help;event-subscriptions;get' {
            break
        }
        'prx-tunnel;help;event-subscriptions;update' {
            break
        }
        'prx-tunnel;help;event-subscriptions;delete' {
            break
        }
        'prx-tunnel;help;event-subscriptions;sources' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event type to a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types of a subscription')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one event type of a subscription')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Save an event type of a subscription again (the API has nothing else to change on a source)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an event type from a subscription')
            break
        }
        'prx-tunnel;help;event-subscriptions;sources;add' {
            break
        }
        'prx-tunnel;help;event-subscriptions;sources;list' {
            break
        }
        'prx-tunnel;help;event-subscriptions;sources;get' {
            break
        }
        'prx-tunnel;help;event-subscriptions;sources;update' {
            break
        }
        'prx-tunnel;help;event-subscriptions;sources;remove' {
            break
        }
        'prx-tunnel;help;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agent sessions online on the account (one page unless --all)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Tell the agent of a session to exit')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Tell the agent of a session to restart (not supported by agents on Windows)')
            break
        }
        'prx-tunnel;help;sessions;list' {
            break
        }
        'prx-tunnel;help;sessions;stop' {
            break
        }
        'prx-tunnel;help;sessions;restart' {
            break
        }
        'prx-tunnel;help;endpoints' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the endpoints online on the account (one page unless --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one endpoint')
            break
        }
        'prx-tunnel;help;endpoints;list' {
            break
        }
        'prx-tunnel;help;endpoints;get' {
            break
        }
        'prx-tunnel;help;completions' {
            break
        }
        'prx-tunnel;help;man' {
            break
        }
        'prx-tunnel;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
