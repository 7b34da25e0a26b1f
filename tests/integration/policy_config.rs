//! Traffic Policy configuration through the real binary: the bad-policy corpus
//! (`tests/data/bad-policy/`: inline TOML and files, YAML and JSON) exits 2 naming the phase,
//! rule, action, key and file:line, never panics and never connects; `check` and
//! `start --dry-run` print the effective policy with secrets masked.

use std::path::{Path, PathBuf};

use super::support::Output;
use super::world::{Mode, PASSWORD, TOKEN, World};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad-policy")
}

/// A corpus file: `# expect: TEXT` lines (all must be on stderr), an optional
/// `# expect-line: N` (the problem is reported at line N of the body, the first non-comment
/// line being 1), an optional `# args: FLAGS`, then the `[tunnel.ngrok]` lines themselves.
struct Case {
    expects: Vec<String>,
    line: Option<usize>,
    args: Vec<String>,
    body: String,
}

fn read_case(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let tagged = |tag: &str| text.lines().filter_map(|l| l.strip_prefix(tag)).map(str::to_owned).collect::<Vec<_>>();
    Case {
        expects: tagged("# expect: "),
        line: tagged("# expect-line: ").first().map(|n| n.trim().parse().unwrap()),
        args: tagged("# args: ").first().map_or(Vec::new(), |a| a.split_whitespace().map(str::to_owned).collect()),
        body: text.lines().filter(|l| !l.starts_with("# ")).map(|l| format!("{l}\n")).collect(),
    }
}

/// What is wrong with one run: the corpus' own checks (exit 2, no panic, every expected text),
/// then the line the problem must be reported at.
fn judge(name: &str, out: &Output, case: &Case, config: &Path) -> Option<String> {
    let mut wrong: Vec<String> = super::config_cases::judge(name, out, &case.expects).into_iter().collect();
    if let Some(n) = case.line {
        let written = std::fs::read_to_string(config).unwrap();
        let first = case.body.lines().next().unwrap_or_default();
        let start = written.lines().position(|l| l == first).expect("the body is in the config") + 1;
        let want = format!("{}:{}:", config.display(), start + n - 1);
        if !out.stderr.contains(&want) {
            wrong.push(format!("{name}: stderr lacks the place {want:?}\n--- stderr:\n{}", out.stderr));
        }
    }
    (!wrong.is_empty()).then(|| wrong.join("\n"))
}

#[tokio::test]
async fn every_bad_policy_exits_2_naming_the_place_and_nothing_connects() {
    let w = World::new(Mode::Sdk).await;
    for entry in std::fs::read_dir(corpus_dir().join("policies")).unwrap() {
        let path = entry.unwrap().path();
        w.env
            .write(&format!("policies/{}", path.file_name().unwrap().to_str().unwrap()), std::fs::read(&path).unwrap());
    }
    let files = super::config_cases::toml_files(&corpus_dir());
    assert!(files.len() >= 40, "only {} bad policies", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let case = read_case(path);
        assert!(!case.expects.is_empty(), "{}: no `# expect:` line", path.display());
        let config = w.config(&case.body);
        let out = w.cmd(&config).args(["start"]).args(&case.args).run().await;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        failures.extend(judge(&name, &out, &case, &config));
        assert!(!out.stderr.contains(TOKEN) && !out.stdout.contains(TOKEN), "{name}: the authtoken leaked");
    }
    assert!(
        failures.is_empty(),
        "{} of {} bad policies misreported:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
    assert!(w.edge.auths().is_empty(), "a bad policy connected to the edge");
}

/// The policy keys of one config: seed keys, webhook verification, header rewriting and the
/// user's own rule with a `${VAR}` and a CEL interpolation.
fn policy_config(w: &World) -> PathBuf {
    w.config(&format!(
        "basic_auth = \"alice:{PASSWORD}\"\n\
         compression = true\n\
         webhook_verification = {{ provider = \"github\", secret = \"${{GITHUB_WEBHOOK_SECRET}}\" }}\n\
         request_headers = {{ add = {{ X-Env = \"prod\" }}, remove = [\"X-Debug\"] }}\n\
         [[tunnel.ngrok.traffic_policy.on_http_request]]\n\
         name = \"teapot\"\n\
         expressions = [\"req.url.path == '/teapot'\"]\n\
         [[tunnel.ngrok.traffic_policy.on_http_request.actions]]\n\
         type = \"custom-response\"\n\
         config = {{ status_code = 418, body = \"${{TEAPOT_WORD}} ${{req.url.path}}\" }}\n"
    ))
}

const WEBHOOK_SECRET: &str = "whsec-SECRET-github-1234";

#[tokio::test]
async fn check_and_dry_run_print_the_effective_policy_generated_rules_first_secrets_masked() {
    let w = World::new(Mode::Sdk).await;
    let cfg = policy_config(&w);
    let with_env =
        |c: super::support::Cmd| c.env("GITHUB_WEBHOOK_SECRET", WEBHOOK_SECRET).env("TEAPOT_WORD", "short-and-stout");
    for args in [&["check"][..], &["start", "--dry-run"][..]] {
        let out =
            with_env(w.cmd(&cfg).args(args)).run().await.success().hides(PASSWORD).hides(WEBHOOK_SECRET).hides(TOKEN);
        // The output is itself a config file: the policy is shown as YAML inside TOML comments.
        let yaml: String = out
            .stdout
            .lines()
            .skip_while(|l| !l.starts_with("# traffic policy"))
            .skip(1)
            .take_while(|l| !l.is_empty())
            .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(l)))
            .collect();
        let doc: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{e}:\n{}", out.stdout));
        let names = |phase: &str| -> Vec<String> {
            doc[phase].as_sequence().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_owned()).collect()
        };
        assert_eq!(
            names("on_http_request"),
            [
                "prx-tunnel basic_auth",
                "prx-tunnel webhook_verification",
                "prx-tunnel request_headers",
                "prx-tunnel request_headers",
                "teapot"
            ],
            "{yaml}"
        );
        assert_eq!(names("on_http_response"), ["prx-tunnel compression"]);
        let req = &doc["on_http_request"];
        assert_eq!(req[0]["actions"][0]["config"]["credentials"][0], "alice:********");
        assert_eq!(req[1]["actions"][0]["config"]["secret"], "********");
        assert_eq!(req[1]["actions"][0]["config"]["provider"], "github");
        assert_eq!(
            req[4]["actions"][0]["config"]["body"], "short-and-stout ${req.url.path}",
            "the variable is expanded, the CEL kept"
        );
        assert!(out.stdout.contains("the traffic policy above (6 rules)"), "{}", out.stdout);
    }
    assert!(w.edge.auths().is_empty(), "check and --dry-run connect to nothing");
}

#[tokio::test]
async fn cli_mode_dry_run_shows_the_policy_in_the_generated_agent_config_per_agent_version() {
    let w = World::new(Mode::standin()).await;
    let cfg = policy_config(&w);
    let run = |version: &'static str| {
        w.cmd(&cfg)
            .env("GITHUB_WEBHOOK_SECRET", WEBHOOK_SECRET)
            .env("TEAPOT_WORD", "stout")
            .env("NGROK_STANDIN_VERSION", version)
            .args(["start", "--dry-run"])
            .run()
    };
    let out = run("3.19.1").await.success().hides(PASSWORD).hides(WEBHOOK_SECRET);
    assert!(out.stdout.contains("traffic_policy:") && out.stdout.contains("alice:********"), "{}", out.stdout);
    assert!(
        !out.stdout.contains("basic_auth:") && !out.stdout.contains("compression: true"),
        "no deprecated options:\n{}",
        out.stdout
    );
    let run_line = out.stdout.lines().find(|l| l.starts_with("# run: ")).expect("the command line");
    assert!(
        !run_line.contains("traffic-policy") && !run_line.contains("alice"),
        "never on the command line: {run_line}"
    );
    let out = run("3.13.0").await.success();
    assert!(out.stdout.contains("  policy:") && out.stdout.contains("inbound:"), "{}", out.stdout);
    let out = run("3.5.0").await.code(2);
    assert!(out.stderr.contains("3.6.0") && out.stderr.contains("webhook_verification"), "{}", out.stderr);
}
