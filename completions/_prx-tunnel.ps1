
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the state of running tunnels (exit 0 when online, 1 when not running)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the public URL of a running tunnel')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running tunnel gracefully and wait for it to exit')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config and print the effective settings (secrets masked) and the plan')
            [CompletionResult]::new('event-streams', 'event-streams', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Streams through the ngrok REST API')
            [CompletionResult]::new('es', 'es', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Streams through the ngrok REST API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write all pages into a directory)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'prx-tunnel;start' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Tunnel name (state, locks and `status`/`stop` address tunnels by name)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('--local-addr', '--local-addr', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'ngrok region whose ingress the session connects to')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)')
            [CompletionResult]::new('--allow-cidr', '--allow-cidr', [CompletionResultType]::ParameterName, 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)')
            [CompletionResult]::new('--deny-cidr', '--deny-cidr', [CompletionResultType]::ParameterName, 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)')
            [CompletionResult]::new('--circuit-breaker', '--circuit-breaker', [CompletionResultType]::ParameterName, 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1')
            [CompletionResult]::new('--traffic-policy-file', '--traffic-policy-file', [CompletionResultType]::ParameterName, 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata string attached to the session and endpoint (at most 4096 bytes)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object {name, mode, public_url, local_addr, pid, started_at} instead of the bare URL')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Return once the URL is printed and keep the tunnel running in the background')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Return once the URL is printed and keep the tunnel running in the background')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the effective settings and what would be sent (secrets masked); connect to nothing')
            [CompletionResult]::new('--detached-child', '--detached-child', [CompletionResultType]::ParameterName, 'Internal: this process is the background half of --detach')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Gzip responses for clients that accept it')
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
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('--local-addr', '--local-addr', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local service to forward to: host:port, a bare port (127.0.0.1), or http://, https://, tcp:// URL [default: 127.0.0.1:8080]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'ngrok region whose ingress the session connects to')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Public host name: a custom domain or a reserved one such as example.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--subdomain', '--subdomain', [CompletionResultType]::ParameterName, 'Fixed subdomain S on ngrok-free.app: in SDK mode it becomes the domain S.ngrok-free.app (replaces domain/subdomain of the file)')
            [CompletionResult]::new('--basic-auth', '--basic-auth', [CompletionResultType]::ParameterName, 'Require HTTP basic auth: USER:PASSWORD, the password 8–128 characters (repeatable; replaces the file''s list)')
            [CompletionResult]::new('--allow-cidr', '--allow-cidr', [CompletionResultType]::ParameterName, 'Only accept clients from this CIDR or IP address (repeatable; replaces the file''s allow list)')
            [CompletionResult]::new('--deny-cidr', '--deny-cidr', [CompletionResultType]::ParameterName, 'Reject clients from this CIDR or IP address (repeatable; replaces the file''s deny list)')
            [CompletionResult]::new('--circuit-breaker', '--circuit-breaker', [CompletionResultType]::ParameterName, 'Trip the circuit breaker when this fraction of upstream responses are 5xx, 0 < FLOAT <= 1')
            [CompletionResult]::new('--traffic-policy-file', '--traffic-policy-file', [CompletionResultType]::ParameterName, 'Traffic Policy file (YAML or JSON) whose rules run after the generated ones (replaces the file''s traffic_policy / traffic_policy_file)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata string attached to the session and endpoint (at most 4096 bytes)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'sdk: in process through the ngrok crate; cli: supervise the ngrok agent binary')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Endpoint kind: http (an https URL) or tcp (a tcp:// address)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the public URL: seconds (30) or a duration (1m30s) [default: startup_timeout_secs, else 30]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (default: $PRX_TUNNEL_CONFIG, then ~/.config/prx-tunnel/config.toml)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Gzip responses for clients that accept it')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this Event Stream id (older streams follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Streams per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this Event Stream id (older streams follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Streams per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this Event Stream id (older streams follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Streams per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--before-id', '--before-id', [CompletionResultType]::ParameterName, 'Start after this Event Stream id (older streams follow)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Streams per page, 1 to 100 (the API''s default when unset)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'ngrok API key, from https://dashboard.ngrok.com/api (not the authtoken) [default: $NGROK_API_KEY, then api_key in [tunnel.ngrok]]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the ngrok API (for tests and custom deployments)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this long (e.g. 10s, 1m)')
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
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the state of running tunnels (exit 0 when online, 1 when not running)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the public URL of a running tunnel')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a running tunnel gracefully and wait for it to exit')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config and print the effective settings (secrets masked) and the plan')
            [CompletionResult]::new('event-streams', 'event-streams', [CompletionResultType]::ParameterValue, 'Manage ngrok Event Streams through the ngrok REST API')
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
