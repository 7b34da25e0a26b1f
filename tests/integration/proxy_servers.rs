//! Real proxy servers for the proxy tests, from Debian's packages: squid (HTTP CONNECT, with
//! or without basic authentication through its `basic_ncsa_auth` helper) and microsocks
//! (SOCKS5, with or without a user and password). They are installed once with apt-get
//! (idempotent; a missing package is a clear failure, never a skip) and started on loopback.
//! Each proxy dials out from its own loopback address (squid 127.0.0.2, microsocks 127.0.0.3),
//! so the edge can tell a session that came through it from a direct one (127.0.0.1).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

/// The address squid's outgoing connections come from.
pub const SQUID_OUT: &str = "127.0.0.2";
/// The address microsocks' outgoing connections come from.
pub const SOCKS_OUT: &str = "127.0.0.3";

const SQUID: &str = "/usr/sbin/squid";
const NCSA: &str = "/usr/lib/squid/basic_ncsa_auth";
const MICROSOCKS: &str = "/usr/bin/microsocks";

/// Installs squid, microsocks and openssl with apt-get unless present (once per test process).
pub fn ensure_installed() {
    static DONE: Mutex<bool> = Mutex::new(false);
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    let present = || [SQUID, NCSA, MICROSOCKS].iter().all(|p| Path::new(p).exists()) && which("openssl");
    if *done || present() {
        *done = true;
        return;
    }
    let apt = |args: &[&str]| {
        std::process::Command::new("apt-get")
            .args(["-q", "-y", "-o", "DPkg::Lock::Timeout=300"])
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    let ok = apt(&["install", "squid", "microsocks", "openssl"])
        || (apt(&["update"]) && apt(&["install", "squid", "microsocks", "openssl"]));
    assert!(
        ok && present(),
        "the proxy tests need Debian's squid, microsocks and openssl packages, and installing them failed: \
         run `apt-get update && apt-get install -y squid microsocks openssl` as root"
    );
    *done = true;
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// A free loopback port (for servers that cannot be told to bind port 0; a start that loses
/// the race is retried with another port).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A running proxy server; killed on drop.
pub struct ProxyServer {
    child: Child,
    /// Its listening port on 127.0.0.1.
    pub port: u16,
    dir: tempfile::TempDir,
}

impl ProxyServer {
    /// squid on loopback allowing every request (CONNECT included); with `auth`, only for that user and password.
    pub async fn squid(auth: Option<(&str, &str)>) -> ProxyServer {
        Self::squid_on(auth, false).await
    }

    /// squid speaking TLS to its clients (an `https://` proxy) with a certificate for
    /// 127.0.0.1 and localhost from a CA of its own ([`ProxyServer::tls_ca`]).
    pub async fn squid_tls() -> ProxyServer {
        Self::squid_on(None, true).await
    }

    /// The CA (PEM) a client must trust for [`ProxyServer::squid_tls`] (e.g. as `SSL_CERT_FILE`).
    pub fn tls_ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    async fn squid_on(auth: Option<(&str, &str)>, tls: bool) -> ProxyServer {
        ensure_installed();
        let dir = tempfile::tempdir().unwrap();
        // squid run as root works as the `proxy` user: its files must be reachable by it.
        super::world::set_mode(dir.path(), 0o777);
        let access = match auth {
            Some((user, password)) => {
                let hash = std::process::Command::new("openssl").args(["passwd", "-apr1", password]).output().unwrap();
                assert!(hash.status.success(), "openssl passwd failed");
                let line = format!("{user}:{}", String::from_utf8_lossy(&hash.stdout).trim());
                let passwd = dir.path().join("passwd");
                std::fs::write(&passwd, line + "\n").unwrap();
                super::world::set_mode(&passwd, 0o644);
                format!(
                    "auth_param basic program {NCSA} {}\nauth_param basic realm prx-test\nacl authed proxy_auth REQUIRED\nhttp_access allow authed\n",
                    passwd.display()
                )
            }
            None => "http_access allow all\n".to_owned(),
        };
        let path = dir.path().to_owned();
        let listen = if tls {
            std::fs::write(
                path.join("leaf.ext"),
                "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
            )
            .unwrap();
            let openssl = |args: &str| {
                let made =
                    std::process::Command::new("openssl").args(args.split(' ')).current_dir(&path).output().unwrap();
                assert!(made.status.success(), "openssl {args} failed: {}", String::from_utf8_lossy(&made.stderr));
            };
            openssl("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=prx-test-proxy-ca -keyout ca.key -out ca.pem");
            openssl("req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout key.pem -out leaf.csr");
            openssl(
                "x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile leaf.ext -out cert.pem",
            );
            super::world::set_mode(&path.join("key.pem"), 0o644);
            format!("https_port 127.0.0.1:{{port}} tls-cert={0}/cert.pem tls-key={0}/key.pem", path.display())
        } else {
            "http_port 127.0.0.1:{port}".to_owned()
        };
        let start = move |port: u16| {
            let d = path.display();
            let listen = listen.replace("{port}", &port.to_string());
            let conf = path.join("squid.conf");
            std::fs::write(
                &conf,
                format!(
                    "{listen}\npid_filename {d}/squid.pid\naccess_log stdio:{d}/access.log\n\
                     cache_log {d}/cache.log\ncache_store_log none\nnetdb_filename none\npinger_enable off\n\
                     coredump_dir {d}\ncache deny all\nshutdown_lifetime 0 seconds\n\
                     tcp_outgoing_address {SQUID_OUT}\n{access}http_access deny all\n"
                ),
            )
            .unwrap();
            let mut c = Command::new(SQUID);
            c.args(["-N", "-f"]).arg(&conf).args(["-d", "1"]);
            c
        };
        Self::run("squid", dir, start).await
    }

    /// microsocks on loopback; with `auth`, only for that user and password.
    pub async fn socks5(auth: Option<(&str, &str)>) -> ProxyServer {
        ensure_installed();
        let dir = tempfile::tempdir().unwrap();
        let auth: Option<(String, String)> = auth.map(|(u, p)| (u.to_owned(), p.to_owned()));
        let start = move |port: u16| {
            let mut c = Command::new(MICROSOCKS);
            c.args(["-i", "127.0.0.1", "-p", &port.to_string(), "-b", SOCKS_OUT]);
            if let Some((user, password)) = &auth {
                c.args(["-u", user, "-P", password]);
            }
            c
        };
        Self::run("microsocks", dir, start).await
    }

    /// Starts `command(port)` until one listens (a few ports are tried), within 20 s.
    async fn run(name: &str, dir: tempfile::TempDir, command: impl Fn(u16) -> Command) -> ProxyServer {
        let log = dir.path().join(format!("{name}.log"));
        for _ in 0..5 {
            let port = free_port();
            let mut cmd = command(port);
            let out = std::fs::File::create(&log).unwrap();
            cmd.stdin(Stdio::null()).stdout(out.try_clone().unwrap()).stderr(out).kill_on_drop(true);
            let mut child = cmd.spawn().unwrap_or_else(|e| panic!("could not start {name}: {e}"));
            let deadline = Instant::now() + Duration::from_secs(20);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                    return ProxyServer { child, port, dir };
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            let _ = child.kill().await;
        }
        panic!("{name} did not start listening; its log:\n{}", std::fs::read_to_string(&log).unwrap_or_default());
    }

    /// `scheme://[user:password@]127.0.0.1:port`.
    pub fn url(&self, scheme: &str, credentials: Option<(&str, &str)>) -> String {
        match credentials {
            Some((u, p)) => format!("{scheme}://{u}:{p}@127.0.0.1:{}", self.port),
            None => format!("{scheme}://127.0.0.1:{}", self.port),
        }
    }

    /// squid's access log as written so far (one line per request; squid writes it buffered).
    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("access.log")).unwrap_or_default()
    }

    /// squid's access log once it holds `needle` (polled, 10 s at most).
    pub async fn logged(&self, needle: &str) -> String {
        super::support::eventually(Duration::from_secs(10), &format!("squid to log {needle:?}"), || async {
            Some(self.access_log()).filter(|log| log.contains(needle))
        })
        .await
    }

    /// The server's directory.
    pub fn dir(&self) -> PathBuf {
        self.dir.path().to_owned()
    }
}

impl Drop for ProxyServer {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}
