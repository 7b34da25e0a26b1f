//! CLI mode per agent version: the current agent (3.16.0 on, the stand-in reports 3.39.10)
//! gets a version 3 config with `agent:` and `endpoints:`, an older v3 agent keeps `tunnels:` —
//! shown by `start --dry-run`, and used by a real start through the edge.

use std::path::PathBuf;

use ngrok_sim::PublicRequest;

use super::cli_mode::{agent_pid, cmdline, stop};
use super::world::{Mode, PASSWORD, TOKEN, URL_WAIT, World};

/// (reported agent version, the form it gets, the form it must not get, lines of that form)
const FORMS: [(&str, &str, &str, &[&str]); 2] = [
    (
        "3.39.10",
        "endpoints:",
        "tunnels:",
        &[
            "version: 3",
            "agent:",
            "connect_url:",
            "- name: prx-tunnel",
            "url: https://versions.example.test",
            "upstream:",
        ],
    ),
    (
        "3.15.0",
        "tunnels:",
        "endpoints:",
        &["version: '2'", "server_addr:", "prx-tunnel:", "domain: versions.example.test"],
    ),
];

#[tokio::test]
async fn generated_config_is_endpoints_from_3_16_and_tunnels_before() {
    let w = World::new(Mode::standin()).await;
    let cfg = w.config(&format!("basic_auth = \"alice:{PASSWORD}\"\ndomain = \"versions.example.test\"\n"));
    for (version, form, other, lines) in FORMS {
        let out = w
            .cmd(&cfg)
            .env("NGROK_STANDIN_VERSION", version)
            .args(["start", "--dry-run"])
            .run()
            .await
            .success()
            .hides(TOKEN)
            .hides(PASSWORD);
        assert!(out.stdout.contains(form) && !out.stdout.contains(other), "{version}:\n{}", out.stdout);
        for line in lines {
            assert!(out.stdout.contains(line), "{version}: {line:?} missing:\n{}", out.stdout);
        }
        assert!(out.stdout.contains("traffic_policy:") && out.stdout.contains("alice:********"), "{}", out.stdout);

        let name = format!("v{}", version.replace('.', "-"));
        let mut run = w.cmd(&cfg).env("NGROK_STANDIN_VERSION", version).args(["start", "--name", &name]).spawn();
        let url = run.line(URL_WAIT).await;
        assert_eq!(url, "https://versions.example.test", "{version}: the URL the agent logged");
        let pid = agent_pid(&w, &cfg, &name).await;
        let args = cmdline(pid);
        let generated: Vec<PathBuf> =
            args.windows(2).filter(|p| p[0] == "--config").map(|p| PathBuf::from(&p[1])).collect();
        let text = std::fs::read_to_string(generated.last().expect("the generated config")).unwrap();
        assert!(text.contains(form) && !text.contains(other), "{version}: the agent was given\n{text}");
        assert!(args.windows(2).any(|p| p == ["start", "prx-tunnel"]), "started by name: {args:?}");
        assert_eq!(w.get(&url, PublicRequest::default()).await.status, 401, "{version}: the policy is enforced");
        let creds = Some(("alice".to_owned(), PASSWORD.to_owned()));
        let ok = w.get(&url, PublicRequest { basic_auth: creds, ..Default::default() }).await;
        assert_eq!(ok.status, 200, "{version}");
        let status = w.status_json(&cfg, &name).await;
        assert_eq!(status["agent"]["version"], version, "{status}");
        stop(&mut run).await;
    }
}
