//! The reference tables shared by README.md and the man pages, so they cannot disagree: every
//! config key (type, default, what it does in each mode) and every exit status. README holds
//! them as Markdown tables (a test checks they are these), the man pages as roff.

/// One config key's documentation (cells of README's table, inline Markdown).
#[derive(Debug, Clone, Copy)]
pub struct KeyDoc {
    /// The key(s), e.g. `` `[tunnel] backend` `` or `` `region` `` (of `[tunnel.ngrok]`).
    pub key: &'static str,
    /// The values it takes.
    pub ty: &'static str,
    /// Its default.
    pub default: &'static str,
    /// What it does in SDK mode (✓, –, or a note).
    pub sdk: &'static str,
    /// What it does in CLI mode.
    pub cli: &'static str,
    /// What it means.
    pub meaning: &'static str,
}

/// Every key of `[tunnel]` and `[tunnel.ngrok]` (README: Configuration).
pub const CONFIG_KEYS: &[KeyDoc] = &[
    KeyDoc {
        key: "`[tunnel] backend`",
        ty: "string",
        default: r#"`"ngrok"`"#,
        sdk: "✓",
        cli: "✓",
        meaning: "only `ngrok` is supported (other values: an error listing what is)",
    },
    KeyDoc {
        key: "`[tunnel] local_addr`",
        ty: "`host:port`, port, or `http://`/`https://`/`tcp://` URL",
        default: "`127.0.0.1:8080`",
        sdk: "✓",
        cli: "✓",
        meaning: r#"where traffic is forwarded; `tcp://` implies `proto = "tcp"`"#,
    },
    KeyDoc {
        key: "`authtoken`",
        ty: "string",
        default: "`NGROK_AUTHTOKEN`, then the agent's `ngrok.yml`",
        sdk: "✓",
        cli: "✓",
        meaning: r#"ngrok authtoken; `""` counts as unset. The agent config (`~/.config/ngrok/ngrok.yml`, or `NGROK_CONFIG`) is read, never written"#,
    },
    KeyDoc {
        key: "`api_key`",
        ty: "string",
        default: "`NGROK_API_KEY`",
        sdk: "–",
        cli: "–",
        meaning: "REST API key for the API commands and `start`'s ERR_NGROK_108/334 hints (not the authtoken)",
    },
    KeyDoc {
        key: "`region`",
        ty: "`us`, `us-cal-1`, `eu`, `ap`, `au`, `sa`, `jp`, `in`",
        default: "none",
        sdk: "✓ ingress `connect.R.ngrok-agent.com:443`; unset: `connect.ngrok-agent.com:443`",
        cli: "✓",
        meaning: "deprecated by ngrok: unset, ngrok's default ingress routes to the lowest-latency point of presence (`check` says so when it is set); ignored when `server_addr` is set",
    },
    KeyDoc {
        key: "`domain`",
        ty: "string",
        default: "–",
        sdk: "✓",
        cli: "✓",
        meaning: "custom or reserved domain (excludes `subdomain` and `url`); deprecated by ngrok: it means `url = \"https://D\"` (`check` says so)",
    },
    KeyDoc {
        key: "`subdomain`",
        ty: "string",
        default: "–",
        sdk: "✓ as `S.ngrok-free.app`",
        cli: "✓",
        meaning: "the `ngrok` crate has no subdomain option, so SDK mode asks for the domain `S.ngrok-free.app`",
    },
    KeyDoc {
        key: "`url`",
        ty: "`https://host`, `http://host`, `tcp://host:port`, `https://*.example.com`, `https://NAME.internal`, or a scheme alone",
        default: "a random `https://` (or `tcp://`) address",
        sdk: "✓ domain / remote address",
        cli: "✓ 3.16+ `url`; older: `domain`/`hostname`/`remote_addr`",
        meaning: "the endpoint's URL (ngrok's current key); sets `proto` when that is unset; excludes `domain`/`subdomain`, which ngrok deprecated",
    },
    KeyDoc {
        key: "`bindings`",
        ty: r#"`["public"]` or `["internal"]`"#,
        default: r#"`["public"]`; `["internal"]` for a `.internal` url"#,
        sdk: "✓",
        cli: "✓ agent 3.20+",
        meaning: "who can reach the endpoint; internal endpoints need a `.internal` url and are reached only through another endpoint's `forward-internal` action",
    },
    KeyDoc {
        key: "`pooling_enabled`",
        ty: "bool",
        default: "`false`",
        sdk: "✓",
        cli: "✓ agent 3.16+",
        meaning: "endpoints on one URL and binding with pooling on in each form a pool that ngrok balances (run the same config on several machines)",
    },
    KeyDoc {
        key: "`description`",
        ty: "string ≤ 4096 bytes",
        default: "–",
        sdk: "– (an error: the `ngrok` crate cannot send it)",
        cli: "✓ agent 3.16+",
        meaning: "the endpoint's description, shown by ngrok's API",
    },
    KeyDoc {
        key: "`ngrok_path`",
        ty: "path",
        default: "`ngrok` on `PATH`",
        sdk: "–",
        cli: "✓",
        meaning: "the agent binary; a bare name is looked up on `PATH`, a path with `/` is relative to the config file's directory",
    },
    KeyDoc {
        key: "`inspect`",
        ty: "bool",
        default: "`true`",
        sdk: "✓ prx-tunnel's own inspector",
        cli: "✓",
        meaning: "request inspection; the inspector's real address is printed and in `status` (see [The request inspector](#the-request-inspector-sdk-mode))",
    },
    KeyDoc {
        key: "`inspect_db_size`",
        ty: r#"bytes, or `"50MB"`, `"64MiB"`"#,
        default: "`0` = 50 MB",
        sdk: "✓",
        cli: "–",
        meaning: "memory for captured requests, oldest evicted first; `-1` turns inspection off (ngrok's key)",
    },
    KeyDoc {
        key: "`web_addr`",
        ty: "`host:port`, a port, or `false`",
        default: "`127.0.0.1:4040`, else the next free port",
        sdk: "✓",
        cli: "–",
        meaning: "where the inspector and its local API listen; `false`: none",
    },
    KeyDoc {
        key: "`web_allow_hosts`",
        ty: "list of IPs, CIDRs, names, `.suffixes`",
        default: "loopback names",
        sdk: "✓",
        cli: "–",
        meaning: "`Host` headers the inspector also accepts (ngrok's key)",
    },
    KeyDoc {
        key: "`log_level`",
        ty: "`debug`, `info`, `warn`, `error`",
        default: "`info`",
        sdk: "✓ ngrok crate logs",
        cli: "✓ agent lines shown",
        meaning: "",
    },
    KeyDoc {
        key: "`metadata`",
        ty: "string ≤ 4096 bytes",
        default: "–",
        sdk: "✓",
        cli: "✓",
        meaning: "session and endpoint metadata (an endpoint table's `metadata` is that endpoint's only)",
    },
    KeyDoc {
        key: "`basic_auth`",
        ty: r#"`"user:password"` or a list"#,
        default: "–",
        sdk: "✓ policy",
        cli: "✓ policy (2.x: `auth`)",
        meaning: "password 8–128 characters; sent as a `basic-auth` rule",
    },
    KeyDoc {
        key: "`ip_restrictions`",
        ty: "list of CIDRs (allow), or `{ allow = [...], deny = [...] }`",
        default: "–",
        sdk: "✓ policy",
        cli: "v3 ≥ 3.6",
        meaning: "a bare IP is a /32 or /128; sent as a `restrict-ips` rule",
    },
    KeyDoc {
        key: "`circuit_breaker`",
        ty: "number in (0, 1]",
        default: "–",
        sdk: "✓ policy",
        cli: "v3 ≥ 3.6",
        meaning: "5xx ratio that opens the breaker (http only); a `circuit-breaker` rule",
    },
    KeyDoc {
        key: "`compression`",
        ty: "bool",
        default: "`false`",
        sdk: "✓ policy",
        cli: "v3 ≥ 3.6",
        meaning: "compress responses (http only); a `compress-response` rule",
    },
    KeyDoc {
        key: "`webhook_verification`",
        ty: r#"`{ provider = "github", secret = "${GITHUB_WEBHOOK_SECRET}" }`"#,
        default: "–",
        sdk: "✓ policy",
        cli: "v3 ≥ 3.6",
        meaning: "a `verify-webhook` rule (http only); see [Traffic Policy](#traffic-policy)",
    },
    KeyDoc {
        key: "`request_headers`, `response_headers`",
        ty: r#"`{ add = { Name = "value" }, remove = ["Name"] }`"#,
        default: "–",
        sdk: "✓ policy",
        cli: "v3 ≥ 3.6",
        meaning: "`add-headers` / `remove-headers` rules (http only)",
    },
    KeyDoc {
        key: "`traffic_policy`",
        ty: "a table in ngrok's document shape",
        default: "–",
        sdk: "✓",
        cli: "v3 ≥ 3.6",
        meaning: "your own rules, after the generated ones; see [Traffic Policy](#traffic-policy)",
    },
    KeyDoc {
        key: "`traffic_policy_file`",
        ty: "path (YAML or JSON)",
        default: "–",
        sdk: "✓",
        cli: "v3 ≥ 3.6",
        meaning: "the same from a file, relative to the config file (excludes `traffic_policy`)",
    },
    KeyDoc { key: "`mode`", ty: "`sdk`, `cli`", default: "`sdk`", sdk: "", cli: "", meaning: "how the tunnel runs" },
    KeyDoc {
        key: "`edge`",
        ty: "`ngrok`, `local`",
        default: "`ngrok`",
        sdk: "✓",
        cli: "✓",
        meaning: "`local`: a local edge inside prx-tunnel, no account or network (see [The local edge](#the-local-edge-and-exec))",
    },
    KeyDoc {
        key: "`proto`",
        ty: "`http`, `tcp`",
        default: "`http`",
        sdk: "✓",
        cli: "✓",
        meaning: "http-only keys are refused with `tcp`",
    },
    KeyDoc {
        key: "`startup_timeout_secs`",
        ty: "whole seconds",
        default: "`30`",
        sdk: "✓",
        cli: "✓",
        meaning: "wait for the URL, then exit 4",
    },
    KeyDoc {
        key: "`server_addr`",
        ty: "`host:port`",
        default: "`connect.ngrok-agent.com:443` (or the `region`'s)",
        sdk: "✓",
        cli: "✓",
        meaning: "custom agent ingress (our tests: `ngrok-sim`)",
    },
    KeyDoc {
        key: "`root_cas`",
        ty: "`trusted`, `host`, or a PEM path",
        default: "`trusted`",
        sdk: "✓",
        cli: "✓",
        meaning: "CAs for the ingress",
    },
    KeyDoc {
        key: "`ca_cert`",
        ty: "PEM path",
        default: "–",
        sdk: "✓",
        cli: "✓ (as `root_cas`)",
        meaning: "one CA for the ingress",
    },
    KeyDoc {
        key: "`heartbeat_interval`, `heartbeat_tolerance`",
        ty: r#"duration (`"10s"`) or seconds"#,
        default: "`10s`, `15s`",
        sdk: "✓",
        cli: "✓",
        meaning: "heartbeat loss is detected within their sum",
    },
    KeyDoc {
        key: "`proxy_url`",
        ty: "`http://`, `https://` or `socks5://` URL, credentials allowed",
        default: "`HTTPS_PROXY`, then `ALL_PROXY`",
        sdk: "✓",
        cli: "✓ agent `proxy_url`",
        meaning: "outbound proxy to the ingress (see [Outbound proxies](#outbound-proxies)); the password is a secret",
    },
    KeyDoc {
        key: "`wait_ready`",
        ty: "bool",
        default: "`false`",
        sdk: "✓",
        cli: "✓",
        meaning: "print the URL only once a request through it arrives (see [A URL that is ready](#a-url-that-is-ready-when-it-is-printed))",
    },
];

/// Every exit status and what it means (README: Exit codes).
pub const EXIT_STATUS: &[(u8, &str)] = &[
    (
        0,
        "success (also: a tunnel stopped by SIGINT/SIGTERM, by `prx-tunnel stop`, or by a Stop from the ngrok service)",
    ),
    (
        1,
        "runtime failure: the tunnel died and could not recover, the agent crashed repeatedly, an API call failed, or `status`/`url`/`stop` found no such tunnel running",
    ),
    (
        2,
        "usage or configuration error: nothing was started (bad config or flag, a tunnel of that name already running, the agent binary missing, an option the agent version cannot honour)",
    ),
    (
        3,
        "ngrok rejected the credentials: ERR_NGROK_105 (malformed authtoken), ERR_NGROK_107 (invalid authtoken), ERR_NGROK_4018 (no authtoken); also at once, before connecting, when no authtoken is found anywhere (config, `NGROK_AUTHTOKEN`, the agent's `ngrok.yml`) and the ingress is ngrok's service",
    ),
    (
        4,
        "timed out waiting for the public URL (`startup_timeout_secs` / `--timeout`); the message names the last connection error and its cause (DNS, refused, TLS), and advises a longer timeout only when time was the problem",
    ),
    (
        5,
        "`status` / `url`: the tunnel runs but is not online — starting, reconnecting or restarting (`url`: no URL yet). A script can poll `status` while it answers 5",
    ),
];

/// README's config table, as Markdown.
pub fn config_table_markdown() -> String {
    let mut out = String::from("| key | type | default | SDK | CLI | meaning |\n|---|---|---|---|---|---|\n");
    for k in CONFIG_KEYS {
        out.push_str(&markdown_row(&[k.key, k.ty, k.default, k.sdk, k.cli, k.meaning]));
    }
    out
}

/// README's exit-code table, as Markdown.
pub fn exit_table_markdown() -> String {
    let mut out = String::from("| code | meaning |\n|---|---|\n");
    for (code, meaning) in EXIT_STATUS {
        out.push_str(&markdown_row(&[&code.to_string(), meaning]));
    }
    out
}

fn markdown_row(cells: &[&str]) -> String {
    let mut row = String::from("|");
    for c in cells {
        row.push_str(&if c.is_empty() { " |".to_owned() } else { format!(" {c} |") });
    }
    row.push('\n');
    row
}

/// The key names a [`KeyDoc`] documents (`` `heartbeat_interval`, `heartbeat_tolerance` `` is two).
pub fn documented_names(doc: &KeyDoc) -> Vec<&'static str> {
    doc.key.split(", ").map(|k| k.trim_matches('`').rsplit(' ').next().unwrap_or_default()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const README: &str = include_str!("../../README.md");

    #[test]
    fn readme_tables_are_these() {
        for (what, table) in [("config", config_table_markdown()), ("exit code", exit_table_markdown())] {
            assert!(
                README.contains(&table),
                "README's {what} table differs from src/commands/reference.rs; edit the table there and \
                 put this in README:\n{table}"
            );
        }
    }

    #[test]
    fn every_key_of_the_schema_is_documented() {
        let documented: Vec<&str> = CONFIG_KEYS.iter().flat_map(documented_names).collect();
        let schema = crate::config::schema_keys();
        for key in &schema {
            assert!(documented.contains(key), "config key {key} is missing from src/commands/reference.rs");
        }
        for key in &documented {
            assert!(schema.contains(key), "src/commands/reference.rs documents {key}, which the schema lacks");
        }
    }

    #[test]
    fn every_exit_code_is_documented_and_in_the_help() {
        use crate::exit::Exit;
        let codes: Vec<u8> = EXIT_STATUS.iter().map(|(c, _)| *c).collect();
        let all = [Exit::Ok, Exit::Runtime, Exit::Usage, Exit::Auth, Exit::Timeout, Exit::NotOnline];
        assert_eq!(codes, all.map(Exit::code).to_vec());
        for code in codes {
            assert!(crate::cli::EXIT_CODES.contains(&format!("\n  {code}  ")), "exit {code} missing from --help");
        }
    }
}
