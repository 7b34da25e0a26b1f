//! Internal endpoints through the real binary (issue 12 item 4): one prx-tunnel serves
//! `url = "https://api.internal"` with the internal binding, another a public URL whose
//! `traffic_policy` forwards to it with `forward-internal`. The public URL serves the internal
//! service; the internal host asked for directly is ERR_NGROK_3200 like any unknown host — in
//! SDK mode and in CLI mode (the v3 agent stand-in, `endpoints:` config).

use std::time::Duration;

use ngrok_sim::PublicRequest;
use nix::sys::signal::Signal;

use super::upstream::Upstream;
use super::world::{Machine, Mode, URL_WAIT, World};

const INTERNAL: &str = "url = \"https://api.internal\"\nbindings = [\"internal\"]\n";
const FORWARDING: &str = "url = \"https://www.example.com\"\n\
    [[tunnel.ngrok.traffic_policy.on_http_request]]\n\
    [[tunnel.ngrok.traffic_policy.on_http_request.actions]]\n\
    type = \"forward-internal\"\n\
    config = { url = \"https://api.internal\" }\n";

async fn only_through_forward_internal(mode: Mode) {
    let w = World::new(mode).await;
    let (mut internal, url) = Machine::start(&w, INTERNAL).await;
    assert_eq!(url, "https://api.internal");
    let info = w.edge.endpoint_infos().into_iter().find(|e| e.url == url).expect("online at the edge");
    assert_eq!(info.binding, "internal");

    let direct = w.edge.request("https://api.internal/", PublicRequest::default()).await.unwrap();
    assert_eq!((direct.status, direct.header("ngrok-error-code")), (404, Some("ERR_NGROK_3200")));

    let (mut public, public_url) = w.start(&w.config(FORWARDING), &[]).await;
    assert_eq!(public_url, "https://www.example.com");
    let resp = w.get(&format!("{public_url}/headers"), PublicRequest::default()).await;
    assert_eq!(resp.status, 200, "{}", resp.text());
    assert!(
        resp.text().contains("host: www.example.com\n"),
        "the internal service sees the public Host:\n{}",
        resp.text()
    );
    assert_eq!(
        (internal.upstream.served(), w.upstream.served()),
        (1, 0),
        "served by the internal endpoint's service only"
    );

    let direct = w.edge.request("https://api.internal/", PublicRequest::default()).await.unwrap();
    assert_eq!(direct.status, 404, "still not public");

    for run in [&mut public, &mut internal.run] {
        run.signal(Signal::SIGTERM);
        assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_internal_endpoint_is_served_only_through_forward_internal() {
    only_through_forward_internal(Mode::Sdk).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_internal_endpoint_is_served_only_through_forward_internal_in_cli_mode() {
    only_through_forward_internal(Mode::standin()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_session_serves_a_public_endpoint_and_the_internal_one_it_forwards_to() {
    let w = World::new(Mode::Sdk).await;
    // The session's default endpoint is the internal one (the world's service); the public
    // one is a table of its own, with its own service, which must see no request.
    let www = Upstream::start().await;
    let cfg = w.config(&format!(
        "{INTERNAL}\n[tunnel.ngrok.endpoints.www]\nurl = \"https://www.example.com\"\nlocal_addr = \"{}\"\n\
         traffic_policy = {{ on_http_request = [{{ actions = [{{ type = \"forward-internal\", config = {{ url = \"https://api.internal\" }} }}] }}] }}\n",
        www.host_port()
    ));
    let mut run = w.cmd(&cfg).args(["start"]).spawn();
    let mut lines = vec![run.line(URL_WAIT).await, run.line(URL_WAIT).await];
    lines.sort();
    assert_eq!(lines, ["default https://api.internal", "www https://www.example.com"]);
    assert_eq!(w.edge.sessions().len(), 1, "both endpoints in one agent session");

    let resp = w.get("https://www.example.com/", PublicRequest::default()).await;
    assert_eq!(resp.status, 200, "{}", resp.text());
    assert_eq!((w.upstream.served(), www.served()), (1, 0), "the internal endpoint's service answered");
    let direct = w.edge.request("https://api.internal/", PublicRequest::default()).await.unwrap();
    assert_eq!(direct.header("ngrok-error-code"), Some("ERR_NGROK_3200"));
    run.signal(Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0));
}
