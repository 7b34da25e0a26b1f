//! The web inspector in a real headless Chromium (Debian's `chromium` and `chromium-driver`,
//! installed by this module when missing), driven over WebDriver by `fantoccini`: the page
//! loads without console errors, requests appear live, the JSON body is pretty-printed,
//! Replay reaches the local service, an XSS corpus runs nothing, and a page of another origin
//! cannot replay or delete.

use std::path::Path;
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use ngrok_sim::PublicRequest;
use serde_json::{Value, json};

use super::inspector::{Inspected, start};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// How long the browser may take for one step (the machine is shared and slow).
const STEP: Duration = Duration::from_secs(20);

/// Installs Chromium and chromedriver from Debian's packages once, when they are missing.
fn ensure_browser() {
    static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();
    let result = INSTALLED.get_or_init(|| {
        if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
            return Ok(());
        }
        for args in [&["update", "-qq"][..], &["install", "-y", "-qq", "chromium", "chromium-driver"][..]] {
            let out = std::process::Command::new("apt-get")
                .args(args)
                .env("DEBIAN_FRONTEND", "noninteractive")
                .output()
                .map_err(|e| format!("could not run apt-get: {e}"))?;
            if !out.status.success() {
                return Err(format!("apt-get {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr)));
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("the browser tests need Debian's chromium and chromium-driver packages: {e}");
    }
}

/// A headless Chromium under chromedriver, in its own process group (killed whole on drop).
struct Browser {
    client: Client,
    driver_url: String,
    driver: std::process::Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let group = nix::unistd::Pid::from_raw(-(self.driver.id() as i32));
        let _ = nix::sys::signal::kill(group, nix::sys::signal::Signal::SIGKILL);
        let _ = self.driver.wait();
    }
}

impl Browser {
    async fn launch() -> Browser {
        use std::os::unix::process::CommandExt;
        ensure_browser();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = std::process::Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver");
        let profile = tempfile::tempdir().unwrap();
        let driver_url = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        super::support::eventually(STEP, "chromedriver to be ready", || async {
            let v: Value = http.get(format!("{driver_url}/status")).send().await.ok()?.json().await.ok()?;
            v["value"]["ready"].as_bool().filter(|r| *r)
        })
        .await;
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            &format!("--user-data-dir={}", profile.path().display()),
        ];
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": CHROMIUM, "args": args },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let Value::Object(caps) = caps else { unreachable!() };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&driver_url)
            .await
            .expect("a WebDriver session with Chromium");
        Browser { client, driver_url, driver, _profile: profile }
    }

    /// Runs `js` (a function body) until it returns something truthy; returns that.
    async fn until(&self, js: &str, what: &str) -> Value {
        let start = Instant::now();
        loop {
            let v = self.client.execute(js, vec![]).await.expect("script");
            if !(v.is_null() || v == json!(false) || v == json!("")) {
                return v;
            }
            assert!(start.elapsed() < STEP, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The console messages of level SEVERE since the last call (chromedriver's log endpoint).
    async fn console_errors(&self) -> Vec<String> {
        let sid = self.client.session_id().await.unwrap().expect("session id");
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        let v: Value = http
            .post(format!("{}/session/{sid}/se/log", self.driver_url))
            .json(&json!({ "type": "browser" }))
            .send()
            .await
            .expect("browser log")
            .json()
            .await
            .unwrap();
        let entries = v["value"].as_array().cloned().unwrap_or_default();
        entries.iter().filter(|e| e["level"] == "SEVERE").map(|e| e["message"].to_string()).collect()
    }

    async fn click(&self, css: &str) {
        self.client.wait().at_most(STEP).for_element(Locator::Css(css)).await.expect(css).click().await.expect(css);
    }

    async fn quit(self) {
        let _ = self.client.clone().close().await;
    }
}

/// Opens the inspector and waits until its live stream is connected.
async fn open(b: &Browser, t: &Inspected) {
    b.client.goto(&t.web).await.expect("the inspector page");
    b.until("return document.getElementById('live-state').textContent === 'live'", "the live stream").await;
}

/// Waits for the list row whose path is `uri` and clicks it; waits for its detail.
async fn open_row(b: &Browser, uri: &str) {
    let find = format!(
        "const r = Array.from(document.querySelectorAll('#rows tr')).find(tr => tr.querySelector('.path').textContent === {u}); \
         if (!r) return false; r.click(); return true;",
        u = json!(uri)
    );
    b.until(&find, &format!("the row {uri}")).await;
    let shown = format!("return document.getElementById('d-title').textContent.endsWith(' ' + {u})", u = json!(uri));
    b.until(&shown, &format!("the detail of {uri}")).await;
}

#[tokio::test]
async fn the_web_inspector_lists_shows_and_replays_in_a_real_browser() {
    let t = start("").await;
    t.send(PublicRequest::default()).await;
    let b = Browser::launch().await;
    open(&b, &t).await;
    assert_eq!(b.console_errors().await, Vec::<String>::new(), "the page loads without console errors");

    let req = PublicRequest {
        method: "POST".into(),
        path: "/webhook".into(),
        headers: vec![("content-type".into(), "application/json".into())],
        body: br#"{"event":"paid","amount":{"value":42,"currency":"EUR"}}"#.to_vec(),
        ..Default::default()
    };
    assert_eq!(t.send(req).await.status, 200);
    open_row(&b, "/webhook").await; // appeared without a reload
    let body = b.client.execute("return document.getElementById('d-req-body').textContent", vec![]).await.unwrap();
    let want = "{\n  \"event\": \"paid\",\n  \"amount\": {\n    \"value\": 42,\n    \"currency\": \"EUR\"\n  }\n}";
    assert_eq!(body.as_str(), Some(want), "the JSON body is pretty-printed");
    let note = b.client.execute("return document.getElementById('d-req-note').textContent", vec![]).await.unwrap();
    assert!(note.as_str().unwrap().contains("JSON"), "{note}");

    let before = t.recorder.seen().len();
    b.click("#replay").await;
    b.until("return document.getElementById('replay-state').textContent === 'replayed'", "the replay").await;
    let seen = t.recorder.wait_for(before + 1).await;
    let again = seen.last().unwrap();
    assert_eq!((again.method.as_str(), again.uri.as_str()), ("POST", "/webhook"));
    assert_eq!(again.body, br#"{"event":"paid","amount":{"value":42,"currency":"EUR"}}"#.to_vec());

    // Filtering by path hides what does not match, without a reload.
    b.client.find(Locator::Css("#f-path")).await.unwrap().send_keys("no-such-path").await.unwrap();
    b.until("return Array.from(document.querySelectorAll('#rows tr')).every(tr => tr.hidden)", "the filter").await;

    b.client.goto(&format!("{}/status", t.web)).await.unwrap();
    let url = json!(t.url);
    b.until(&format!("return document.getElementById('status-list').textContent.includes({url})"), "the status page")
        .await;
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.quit().await;
    t.stop().await;
}

#[tokio::test]
async fn captured_markup_runs_nothing_in_the_page() {
    let t = start("").await;
    t.send(PublicRequest::default()).await;
    let b = Browser::launch().await;
    open(&b, &t).await;
    let corpus: Vec<(&str, &str, &str, &str)> = vec![
        // `<` and `>` cannot arrive raw in a request target (HTTP parsers refuse them), quotes can.
        ("/xss/\"onmouseover=\"window.__xss='path'\"", "text/plain", "plain", "<script>window.__xss='hdr'</script>"),
        (
            "/xss/%3Cimg%20src=x%20onerror=window.__xss=1%3E?q=%27%3E%3Cscript%3E",
            "text/html",
            "<img src=x onerror=\"window.__xss='body'\">",
            "\" onmouseover=\"window.__xss='attr'",
        ),
        (
            "/xss/json",
            "application/json",
            r#"{"a":"</pre><script>window.__xss='json'</script>","b":"<svg onload=window.__xss='svg'>"}"#,
            "javascript:window.__xss='js'",
        ),
        (
            "/xss/xml",
            "application/xml",
            "<a onclick=\"window.__xss='xml'\"><b>&lt;script&gt;</b><script>window.__xss='x'</script></a>",
            "x",
        ),
        (
            "/xss/form",
            "application/x-www-form-urlencoded",
            "a=%3Cscript%3Ewindow.__xss%3D'form'%3C%2Fscript%3E&b=<img/src/onerror=window.__xss=1>",
            "x",
        ),
    ];
    for (path, ctype, body, header) in &corpus {
        let req = PublicRequest {
            method: "POST".into(),
            path: (*path).into(),
            headers: vec![("content-type".into(), (*ctype).into()), ("x-payload".into(), (*header).into())],
            body: body.as_bytes().to_vec(),
            ..Default::default()
        };
        assert_eq!(t.send(req).await.status, 200, "{path}");
    }
    for (path, _, body, header) in &corpus {
        open_row(&b, path).await;
        for tab in ["headers", "raw", "body"] {
            b.click(&format!(".tabs button[data-tab='{tab}']")).await;
        }
        let page = b.client.execute("return document.getElementById('detail-pane').textContent", vec![]).await.unwrap();
        let page = page.as_str().unwrap();
        assert!(page.contains(header), "the header is shown as text: {header}");
        if !body.starts_with('{') && !body.starts_with("a=") && !body.starts_with("<a") {
            assert!(page.contains(body), "the body is shown as text: {body}");
        }
    }
    let xss = b.client.execute("return String(window.__xss)", vec![]).await.unwrap();
    assert_eq!(xss.as_str(), Some("undefined"), "captured markup ran in the page");
    let injected = b.client.execute("return document.querySelectorAll('#detail-pane script, #detail-pane img, #detail-pane svg, #rows script, #rows img').length", vec![]).await.unwrap();
    assert_eq!(injected, json!(0));
    assert_eq!(b.console_errors().await, Vec::<String>::new(), "no script ran or was blocked");
    b.quit().await;
    t.stop().await;
}

#[tokio::test]
async fn a_page_of_another_origin_cannot_replay_or_delete() {
    let t = start("").await;
    let req =
        PublicRequest { method: "POST".into(), path: "/target".into(), body: b"{}".to_vec(), ..Default::default() };
    t.send(req).await;
    let id = t.captured(1).await[0]["id"].as_str().unwrap().to_owned();
    let api = format!("{}/api/requests/http", t.web);
    let body = json!({ "id": id }).to_string();
    // Served by the local service: another port, so another origin than the inspector.
    t.recorder.page(
        "/evil",
        format!(
            r#"<!doctype html><title>evil</title>
<form id="f" method="POST" action="{api}" enctype="text/plain"><input type="hidden" name='{{"id":"{id}","x":"' value='"}}'></form>
<script>
const api = {api_json}, body = {body_json};
const note = (k, v) => {{ document.body.dataset[k] = v; }};
fetch(api, {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, body }})
  .then(r => note("cors", "status " + r.status), e => note("cors", "blocked"));
fetch(api, {{ method: "POST", mode: "no-cors", headers: {{ "Content-Type": "text/plain" }}, body }})
  .then(r => note("simple", "sent"), e => note("simple", "blocked"));
fetch(api, {{ method: "DELETE" }}).then(r => note("del", "status " + r.status), e => note("del", "blocked"));
</script>"#,
            api_json = json!(api),
            body_json = json!(body),
        ),
    );
    let b = Browser::launch().await;
    b.client.goto(&format!("http://{}/evil", t.recorder.addr)).await.unwrap();
    let done = "const d = document.body && document.body.dataset; return d && d.cors && d.simple && d.del ? [d.cors, d.simple, d.del] : false";
    let outcome = b.until(done, "the other origin's attempts").await;
    assert_eq!(
        (&outcome[0], &outcome[2]),
        (&json!("blocked"), &json!("blocked")),
        "preflighted requests fail: {outcome}"
    );
    b.client.execute("document.getElementById('f').submit(); return true", vec![]).await.unwrap();
    let refused = b
        .until(
            "return location.href.includes('/api/requests/http') && document.body && document.body.textContent",
            "the form's answer",
        )
        .await;
    assert!(refused.as_str().unwrap().contains("\"status_code\":403"), "{refused}");
    assert_eq!(t.recorder.seen().iter().filter(|s| s.uri == "/target").count(), 1, "nothing was replayed");
    let left = t.api("/api/requests/http").await["requests"].as_array().unwrap().len();
    assert_eq!(left, 1, "nothing was deleted");
    b.quit().await;
    t.stop().await;
}
