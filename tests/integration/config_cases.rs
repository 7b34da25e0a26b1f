//! Bad input, through the real binary: every config of the corpus in `tests/data/bad/` and a
//! table of bad command lines must end `prx-tunnel check` with exit 2, a message naming the
//! problem, no panic and no secret. Each corpus file starts with `# expect: TEXT` lines (all
//! must appear on stderr) and may have an `# args: FLAGS` line (extra flags for `check`).

use std::path::{Path, PathBuf};

use super::support::{Output, Sealed};

const TOKEN: &str = "2cfgTOKENsecretVALUE77";
const PASSWORD: &str = "cfgPASSWORDsecret99";

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad")
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// `prx-tunnel check --config FILE ARGS…` in the sealed environment.
async fn check(env: &Sealed, config: &Path, args: &[&str]) -> Output {
    let config = config.display().to_string();
    env.cmd().args(["check", "--config", config.as_str()]).args(args).run().await
}

/// The `.toml` files of a corpus directory, sorted.
pub(super) fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// Checks one failed run; returns what is wrong with it, if anything.
pub(super) fn judge(what: &str, out: &Output, expects: &[String]) -> Option<String> {
    let mut wrong = Vec::new();
    if out.code != Some(2) {
        wrong.push(format!("exit {:?}, not 2", out.code));
    }
    if out.stderr.contains("panicked") || out.stdout.contains("panicked") {
        wrong.push("panicked".into());
    }
    for want in expects {
        if !out.stderr.contains(want.as_str()) {
            wrong.push(format!("stderr lacks {want:?}"));
        }
    }
    (!wrong.is_empty())
        .then(|| format!("{what}: {}\n--- stdout:\n{}--- stderr:\n{}", wrong.join("; "), out.stdout, out.stderr))
}

#[tokio::test]
async fn every_bad_config_of_the_corpus_exits_2_naming_the_problem() {
    let env = Sealed::new();
    let files = toml_files(&corpus_dir());
    let mut failures = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let head = String::from_utf8_lossy(&bytes);
        let expects: Vec<String> =
            head.lines().filter_map(|l| l.strip_prefix("# expect: ")).map(str::to_owned).collect();
        assert!(!expects.is_empty(), "{}: no `# expect:` line", path.display());
        let args: Vec<&str> = head
            .lines()
            .find_map(|l| l.strip_prefix("# args: "))
            .map_or(Vec::new(), |a| a.split_whitespace().collect());
        let out = check(&env, path, &args).await;
        failures.extend(judge(&path.display().to_string(), &out, &expects));
    }
    assert!(files.len() >= 60, "the corpus has only {} files", files.len());
    assert!(
        failures.is_empty(),
        "{} of {} corpus files failed:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

/// Bad command lines against a good config: flag values, flag combinations, clap errors.
#[tokio::test]
async fn bad_command_lines_exit_2_naming_the_flag() {
    let env = Sealed::new();
    let good = env.write("good.toml", "[tunnel]\nbackend = \"ngrok\"\nlocal_addr = \"127.0.0.1:8080\"\n");
    let dir = env.write("a-directory/placeholder", "");
    let metadata = format!("--metadata={}", "m".repeat(5000));
    let table: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (vec!["--region", "mars"], vec!["--region"]),
        (vec!["--region"], vec!["--region"]),
        (vec!["--mode", "daemon"], vec!["--mode"]),
        (vec!["--proto", "udp"], vec!["--proto"]),
        (vec!["--circuit-breaker", "half"], vec!["--circuit-breaker"]),
        (vec!["--circuit-breaker", "0"], vec!["--circuit-breaker: is 0; it must be greater than 0"]),
        (vec!["--circuit-breaker", "1.01"], vec!["--circuit-breaker: is 1.01"]),
        (vec!["--circuit-breaker=-1"], vec!["--circuit-breaker: is -1"]),
        (vec!["--local-addr", "localhost"], vec!["--local-addr: \"localhost\" has no port"]),
        (vec!["--port", "0"], vec!["--port: \"0\" has a port out of range"]),
        (vec!["--port", "65536"], vec!["--port: \"65536\" has a port out of range"]),
        (vec!["-p", "http"], vec!["--port: \"http\" has no port"]),
        (vec!["--port", "abc"], vec!["--port: \"abc\""]),
        (vec!["--local-addr", "abc"], vec!["--local-addr: \"abc\""]),
        (vec!["--local-addr", "ftp://127.0.0.1:21"], vec!["--local-addr:", "unsupported scheme"]),
        (vec!["--local-addr", "tcp://127.0.0.1"], vec!["--local-addr:", "tcp:// needs one"]),
        (vec!["--domain", "https://agent.example.com"], vec!["--domain: \"https://agent.example.com\" is a URL"]),
        (vec!["--domain", "agent.example.com", "--subdomain", "agent"], vec!["--domain", "--subdomain"]),
        (vec!["--subdomain", "my.agent"], vec!["--subdomain: \"my.agent\" is a full host name"]),
        (vec!["--subdomain=-agent"], vec!["--subdomain: \"-agent\" is not a valid subdomain"]),
        (
            vec!["--basic-auth", "bob:short"],
            vec!["--basic-auth: the password of user \"bob\" must be 8 to 128", "ERR_NGROK_360"],
        ),
        (vec!["--basic-auth", ":a-long-password"], vec!["--basic-auth: has an empty user name", "ERR_NGROK_359"]),
        (vec!["--basic-auth", "no-colon-at-all"], vec!["--basic-auth: must be \"user:password\""]),
        (vec!["--allow-cidr", "10.0.0.0/33"], vec!["--allow-cidr: \"10.0.0.0/33\" is not a CIDR"]),
        (vec!["--deny-cidr", "example.com"], vec!["--deny-cidr: \"example.com\" is not a CIDR"]),
        (vec![metadata.as_str()], vec!["--metadata: is 5000 bytes long"]),
        (vec!["--timeout", "0"], vec!["--timeout: must be positive"]),
        (vec!["--timeout", "soon"], vec!["--timeout: \"soon\" is not a duration"]),
        (vec!["--timeout", "2days"], vec!["--timeout: is 2days; at most 86400 seconds"]),
        (vec!["--authtoken", "x"], vec!["--authtoken"]),
        (vec!["--compression=yes"], vec!["--compression"]),
        (vec!["--proto", "tcp", "--domain", "agent.example.com"], vec!["--domain: only applies to http tunnels"]),
        (
            vec!["--proto", "tcp", "--basic-auth", "bob:a-long-password"],
            vec!["--basic-auth: only applies to http tunnels"],
        ),
        (
            vec!["--proto", "tcp", "--compression", "--circuit-breaker", "0.5"],
            vec!["--compression: only applies", "--circuit-breaker: only applies"],
        ),
        (
            vec!["--proto", "http", "--local-addr", "tcp://127.0.0.1:22"],
            vec!["--local-addr: is a tcp:// address but proto is \"http\""],
        ),
        (
            vec!["--proto", "tcp", "--local-addr", "https://127.0.0.1:8443"],
            vec!["--local-addr: is an https:// URL but proto is \"tcp\""],
        ),
        (
            vec!["--basic-auth", "bob:short", "--allow-cidr", "nope", "--port", "0", "--timeout", "never"],
            vec!["--basic-auth:", "--allow-cidr:", "--port:", "--timeout:"],
        ),
    ];
    assert!(table.len() >= 30);
    let mut failures = Vec::new();
    for (args, expects) in &table {
        let out = check(&env, &good, args).await;
        let expects: Vec<String> = expects.iter().map(|s| s.to_string()).collect();
        failures.extend(judge(&format!("{args:?}"), &out, &expects));
    }
    // Unusable --config values.
    let missing = env.root().join("missing.toml");
    for (config, want) in [(missing.as_path(), "does not exist"), (dir.parent().unwrap(), "is a directory")] {
        let out = check(&env, config, &[]).await;
        failures.extend(judge(&config.display().to_string(), &out, &[want.to_owned(), config.display().to_string()]));
    }
    assert!(
        failures.is_empty(),
        "{} of {} command lines failed:\n\n{}",
        failures.len(),
        table.len() + 2,
        failures.join("\n\n")
    );
}

#[tokio::test]
async fn unusable_files_are_named() {
    let env = Sealed::new();
    // A truly empty file.
    let empty = env.write("empty.toml", "");
    check(&env, &empty, &[]).await.code(2).stderr_has("empty.toml: is empty");
    // More than 1 MiB.
    let mut big = b"[tunnel]\nlocal_addr = \"8080\"\n".to_vec();
    big.resize(1024 * 1024 + 100, b'#');
    let big = env.write("big.toml", big);
    check(&env, &big, &[]).await.code(2).stderr_has("big.toml").stderr_has("at most 1048576 bytes");
    // Invalid UTF-8 written here too (the corpus has a committed one).
    let latin1 = env.write("latin1.toml", b"[tunnel.ngrok]\nmetadata = \"na\xefve\"\n");
    check(&env, &latin1, &[])
        .await
        .code(2)
        .stderr_has("latin1.toml")
        .stderr_has("not valid UTF-8: invalid byte at line 2");
    // Unreadable. Tests may run as root, which reads a chmod 000 file anyway, so a symlink loop
    // (unreadable for everyone) is the case always asserted; chmod 000 only when not root.
    let looped = env.root().join("loop.toml");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    check(&env, &looped, &[]).await.code(2).stderr_has("could not read config file").stderr_has("loop.toml");
    if !nix::unistd::geteuid().is_root() {
        use std::os::unix::fs::PermissionsExt;
        let locked = env.write("locked.toml", "[tunnel]\n");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        check(&env, &locked, &[]).await.code(2).stderr_has("could not read config file").stderr_has("locked.toml");
    }
}

#[tokio::test]
async fn thousands_of_problems_are_summarised_quickly() {
    let env = Sealed::new();
    let entries = vec!["\"u:short\""; 20_000].join(", ");
    let path = env.write("many.toml", format!("[tunnel.ngrok]\nbasic_auth = [{entries}]\n"));
    let started = std::time::Instant::now();
    let out = check(&env, &path, &[]).await.code(2);
    let out = out.stderr_has("ERR_NGROK_360").stderr_has("… and 19950 more problems");
    assert!(out.stderr.len() < 20_000, "{} bytes of stderr", out.stderr.len());
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
}

#[tokio::test]
async fn the_file_comes_from_the_flag_the_env_or_the_default_location() {
    let env = Sealed::new();
    let default = env.write("config/prx-tunnel/config.toml", "[tunnel.ngrok]\nregion = \"default-file\"\n");
    let out = env.cmd().args(["check"]).run().await.code(2);
    out.stderr_has(&default.display().to_string()).stderr_has("\"default-file\" is not an ngrok region");
    let named = env.write("named.toml", "[tunnel.ngrok]\nregion = \"env-file\"\n");
    let out = env.cmd().env("PRX_TUNNEL_CONFIG", named.display().to_string()).args(["check"]).run().await.code(2);
    out.stderr_has("\"env-file\" is not an ngrok region");
    let missing = env.root().join("gone.toml").display().to_string();
    let out = env.cmd().env("PRX_TUNNEL_CONFIG", &missing).args(["check"]).run().await.code(2);
    out.stderr_has(&missing).stderr_has("PRX_TUNNEL_CONFIG");
    std::fs::remove_file(&default).unwrap();
    // No file and no authtoken: the defaults are shown, and why a start would fail.
    env.cmd().args(["check"]).run().await.code(2).stdout_has("127.0.0.1:8080").stderr_has("start would fail because");
}

#[tokio::test]
async fn a_world_readable_file_with_a_secret_warns() {
    use std::os::unix::fs::PermissionsExt;
    let env = Sealed::new();
    let path = env.write("open.toml", format!("[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\n"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let shown = path.display().to_string();
    let out = check(&env, &path, &[]).await.success();
    let out = out
        .stderr_has(&format!("{shown} is readable by other users and holds a secret"))
        .stderr_has(&format!("chmod 600 {shown}"));
    out.hides(TOKEN);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = check(&env, &path, &[]).await.success().hides(TOKEN);
    assert!(!out.stderr.contains("chmod 600"), "{}", out.stderr);
    // A ${VAR} reference is not a secret in the file.
    let reference = env.write("ref.toml", "[tunnel.ngrok]\nauthtoken = \"${NGROK_AUTHTOKEN}\"\n");
    std::fs::set_permissions(&reference, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env
        .cmd()
        .env("NGROK_AUTHTOKEN", TOKEN)
        .args(["check", "--config", &reference.display().to_string()])
        .run()
        .await;
    let out = out.success().hides(TOKEN);
    assert!(!out.stderr.contains("chmod 600"), "{}", out.stderr);
}

#[tokio::test]
async fn secrets_never_appear_in_errors_or_checks() {
    let env = Sealed::new();
    let bad = env.write(
        "bad.toml",
        format!(
            "[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\napi_key = \"{TOKEN}x\"\nbasic_auth = [\"{PASSWORD}\", \"u:{PASSWORD}\", \":{PASSWORD}\", \"v:{}\"]\nregion = \"mars\"\n",
            &PASSWORD[..7]
        ),
    );
    let out = check(&env, &bad, &["-vv"]).await.code(2);
    out.stderr_has("basic_auth").stderr_has("region").hides(TOKEN).hides(PASSWORD).hides(&PASSWORD[..7]);
    let flag = format!("bob:{}", &PASSWORD[..7]);
    let out = check(&env, &bad, &["--basic-auth", &flag, "-vv"]).await.code(2);
    out.stderr_has("--basic-auth").hides(TOKEN).hides(PASSWORD).hides(&PASSWORD[..7]);
    let unquoted = env.write("unquoted.toml", format!("[tunnel.ngrok]\nauthtoken = {TOKEN}\n"));
    check(&env, &unquoted, &[]).await.code(2).stderr_has("TOML syntax error").hides(TOKEN);
    let good =
        env.write("good.toml", format!("[tunnel.ngrok]\nauthtoken = \"{TOKEN}\"\nbasic_auth = \"alice:{PASSWORD}\"\n"));
    let out = check(&env, &good, &["-vv"]).await.success().hides(TOKEN).hides(PASSWORD);
    out.stdout_has("authtoken = \"${NGROK_AUTHTOKEN}\"").stdout_has("alice:${PRX_TUNNEL_PASSWORD}");
}

#[tokio::test]
async fn every_example_checks_clean_with_the_token_from_the_environment() {
    let env = Sealed::new();
    for name in ["ngrok-basic.toml", "ngrok-custom-domain.toml", "ngrok-reserved-domain.toml", "prx-full.toml"] {
        let path = examples_dir().join(name).display().to_string();
        let out = env
            .cmd()
            .env("NGROK_AUTHTOKEN", TOKEN)
            .env("NGROK_API_KEY", "api-key-value-1234")
            .env("PRX_TUNNEL_PASSWORD", PASSWORD)
            .args(["check", "--config", path.as_str()])
            .run()
            .await;
        out.success().hides(TOKEN).hides(PASSWORD).hides("api-key-value-1234");
    }
}

#[tokio::test]
async fn the_authtoken_of_the_ngrok_agent_config_is_used_and_not_changed() {
    let env = Sealed::new();
    let yml = format!("version: \"3\"\nagent:\n  authtoken: {TOKEN}\n");
    let agent = env.write("config/ngrok/ngrok.yml", &yml);
    let cfg = env.write("c.toml", "[tunnel]\nlocal_addr = \"3000\"\n");
    let out = check(&env, &cfg, &[]).await.success().hides(TOKEN);
    out.stdout_has(&format!("ngrok agent config {}", agent.display()));
    assert_eq!(std::fs::read_to_string(&agent).unwrap(), yml, "the agent config was modified");
}
