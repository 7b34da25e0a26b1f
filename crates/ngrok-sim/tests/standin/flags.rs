//! `ngrok http` / `ngrok tcp` flags: each observed in the Auth or Bind the edge received, and
//! enforced by the edge on real traffic.

use std::net::IpAddr;

use ngrok_sim::{Edge, EdgeOptions, PublicRequest};
use reqwest::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::support::{Agent, JSON_LOG, Stream, TOKEN, api, echo, upstream, v2_config, web_addr};

const FLAG_TOKEN: &str = "2flagToken_overrides_the_config_0001";

#[tokio::test]
async fn http_flags_reach_the_edge_and_are_enforced() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let up = upstream().await;
    let mut args = vec![
        "http",
        "",
        "--config",
        cfg.to_str().unwrap(),
        "--authtoken",
        FLAG_TOKEN,
        "--domain",
        "flags.example.test",
        "--basic-auth",
        "alice:correct-horse",
        "--basic-auth=bob:battery-staple",
        "--cidr-allow",
        "127.0.0.0/8",
        "--cidr-deny",
        "127.0.0.2/32",
        "--circuit-breaker",
        "0.5",
        "--compression",
        "--metadata",
        "endpoint-meta",
        "--inspect=false",
        "--name",
        "web",
        "--log-level",
        "debug",
    ];
    let upstream_arg = up.to_string();
    args[1] = &upstream_arg;
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[]);
    let started = agent.wait_msg("started tunnel").await.unwrap();
    assert_eq!((started.str("name"), started.str("obj")), ("web", "tunnels"));
    assert_eq!(started.str("addr"), format!("http://{up}"));
    let url = started.str("url").to_string();
    assert_eq!(url, "https://flags.example.test");

    let auth = edge.auths().pop().unwrap();
    assert_eq!(auth.authtoken, FLAG_TOKEN, "--authtoken beats the config file");
    assert_eq!(auth.client_version, "3.39.10");
    assert!(auth.user_agent.starts_with("ngrok/3.39.10"), "{}", auth.user_agent);
    let bind = edge.binds().pop().unwrap();
    assert_eq!(bind.domain, "flags.example.test");
    assert_eq!(
        bind.basic_auth,
        vec![("alice".into(), "correct-horse".into()), ("bob".into(), "battery-staple".into())]
    );
    assert_eq!(
        (bind.allow_cidrs.clone(), bind.deny_cidrs.clone()),
        (vec!["127.0.0.0/8".into()], vec!["127.0.0.2/32".into()])
    );
    assert_eq!(bind.circuit_breaker, Some(0.5));
    assert!(bind.compression);
    assert_eq!(bind.metadata, "endpoint-meta");

    let creds = |u: &str, p: &str| Some((u.to_string(), p.to_string()));
    let anonymous = edge.request(&url, PublicRequest::default()).await.unwrap();
    assert_eq!(anonymous.status, 401);
    let ok = edge
        .request(
            &url,
            PublicRequest { basic_auth: creds("bob", "battery-staple"), path: "/x".into(), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(ok.status, 200);
    assert!(ok.text().starts_with("hello from upstream /x"), "{}", ok.text());
    let denied_ip: IpAddr = "127.0.0.2".parse().unwrap();
    let blocked = edge
        .request(
            &url,
            PublicRequest {
                basic_auth: creds("alice", "correct-horse"),
                source_ip: Some(denied_ip),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(blocked.status, 403);
    let zipped = edge
        .request(
            &url,
            PublicRequest { basic_auth: creds("alice", "correct-horse"), accept_gzip: true, ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    assert!(String::from_utf8(zipped.decoded_body().unwrap()).unwrap().starts_with("hello from upstream /"));

    let web = web_addr(&mut agent).await;
    let (status, tunnel) = api(Method::GET, &web, "/api/tunnels/web").await;
    assert_eq!(status, 200);
    assert_eq!(tunnel["config"]["inspect"], false);
    assert_eq!(tunnel["public_url"], url.as_str());
    assert!(agent.lines(Stream::Err).contains(&"Flag --domain has been deprecated, use --url instead".to_string()));
}

#[tokio::test]
async fn url_subdomain_hostname_region_and_deprecation_warnings() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let up = upstream().await.to_string();
    let cfg = cfg.to_str().unwrap();
    let cases: [(&[&str], &str, &str, &[&str]); 4] = [
        (&["--url", "https://url.example.test"], "3.19.1", "https://url.example.test", &[]),
        (&["--url", "http://plain.example.test"], "3.19.1", "http://plain.example.test", &[]),
        (
            &["--subdomain", "sub"],
            "3.19.1",
            "https://sub.ngrok-free.app",
            &["Flag --subdomain has been deprecated, use --url instead"],
        ),
        (
            &["--hostname", "host.example.test", "--region", "eu", "--basic-auth", "u:password1", "--compression"],
            "3.36.0",
            "https://host.example.test",
            &[
                "Flag --hostname has been deprecated, use --url instead",
                "Flag --region has been deprecated, ngrok automatically chooses the region with lowest latency",
                "Flag --basic-auth has been deprecated, use --traffic-policy-file instead",
                "Flag --compression has been deprecated, use --traffic-policy-file instead",
            ],
        ),
    ];
    for (extra, version, want_url, warnings) in cases {
        let mut args = vec!["http", up.as_str(), "--config", cfg];
        args.extend(extra);
        args.extend(JSON_LOG);
        let mut agent = Agent::spawn(&args, &[("NGROK_STANDIN_VERSION", version)]);
        let started = agent.wait_msg("started tunnel").await.unwrap();
        assert_eq!(started.str("url"), want_url, "{extra:?}");
        let mut err = agent.lines(Stream::Err);
        err.sort();
        let mut want: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        want.sort();
        assert_eq!(err, want, "{extra:?}");
        if extra.contains(&"--region") {
            let (_, status) = api(Method::GET, &web_addr(&mut agent).await, "/api/status").await;
            assert_eq!(status["session"]["legs"][0]["region"], "eu");
            assert_eq!(status["agent_version"], "3.36.0");
        }
    }
    let binds = edge.binds();
    assert_eq!(binds[2].domain, "sub.ngrok-free.app", "the crate has no subdomain option: it becomes the domain");
    assert!(binds.iter().all(|b| b.proto == "https" || b.proto == "http"));
}

#[tokio::test]
async fn tcp_tunnel_forwards_bytes_and_restricts_ips() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let up = echo().await.to_string();
    let mut args = vec![
        "tcp",
        up.as_str(),
        "--config",
        cfg.to_str().unwrap(),
        "--cidr-allow",
        "127.0.0.1/32",
        "--metadata",
        "tcp-meta",
    ];
    args.extend(JSON_LOG);
    let mut agent = Agent::spawn(&args, &[("NGROK_STANDIN_VERSION", "3.36.0")]);
    let started = agent.wait_msg("started tunnel").await.unwrap();
    assert_eq!(started.str("addr"), up, "tcp upstreams are shown as host:port");
    let url = started.str("url").to_string();
    assert!(url.starts_with("tcp://"), "{url}");
    let bind = edge.binds().pop().unwrap();
    assert_eq!((bind.proto.as_str(), bind.metadata.as_str()), ("tcp", "tcp-meta"));
    assert_eq!(bind.allow_cidrs, vec!["127.0.0.1/32".to_string()]);
    let mut conn = edge.tcp_connect(&url).await.unwrap();
    conn.write_all(b"ping over tcp").await.unwrap();
    let mut buf = [0u8; 13];
    conn.read_exact(&mut buf).await.unwrap();
    assert_eq!(&buf, b"ping over tcp");
    assert!(agent.lines(Stream::Err).is_empty(), "--cidr-allow is not deprecated on tcp");
}

#[tokio::test]
async fn authtoken_comes_from_ngrok_authtoken_when_nothing_else_sets_it() {
    let edge = Edge::start(EdgeOptions::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cfg = v2_config(&edge, dir.path(), "ngrok.yml", "");
    let text = std::fs::read_to_string(&cfg).unwrap().replace(&format!("authtoken: \"{TOKEN}\"\n"), "");
    std::fs::write(&cfg, text).unwrap();
    let up = upstream().await.to_string();
    let mut args = vec!["http", up.as_str(), "--config", cfg.to_str().unwrap()];
    args.extend(JSON_LOG);
    let env_token = "2fromTheEnvironment_0123456789";
    let mut agent = Agent::spawn(&args, &[("NGROK_AUTHTOKEN", env_token)]);
    agent.wait_msg("started tunnel").await.unwrap();
    assert_eq!(edge.auths().pop().unwrap().authtoken, env_token);
}
