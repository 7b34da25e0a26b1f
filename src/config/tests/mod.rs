//! Loading end to end through `load_in`: a temp config dir and home, an explicit environment.

mod corpus;
mod endpoint_keys;
mod endpoint_tables;
mod examples;
mod policy;
mod proxy;
mod rules;
mod secrets;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::*;
use crate::exit::{Exit, exit_code};

/// A sealed loading environment: its own config dir, home and variables.
pub(super) struct World {
    pub(super) dir: tempfile::TempDir,
    vars: HashMap<String, String>,
}

impl World {
    pub(super) fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("config")).unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        World { dir, vars: HashMap::new() }
    }

    pub(super) fn var(mut self, k: &str, v: &str) -> World {
        self.vars.insert(k.into(), v.into());
        self
    }

    pub(super) fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    pub(super) fn dirs(&self) -> Dirs {
        Dirs { config: Some(self.dir.path().join("config")), home: Some(self.dir.path().join("home")) }
    }

    pub(super) fn load(&self, path: Option<PathBuf>, flags: TunnelFlags) -> Result<Loaded> {
        let env = |k: &str| self.vars.get(k).cloned();
        load_in(&LoadOptions { config_path: path, flags }, &env, &self.dirs())
    }

    /// Loads `text` as the --config file.
    pub(super) fn text(&self, text: &str) -> Result<Loaded> {
        self.text_flags(text, TunnelFlags::default())
    }

    pub(super) fn text_flags(&self, text: &str, flags: TunnelFlags) -> Result<Loaded> {
        let path = self.write("c.toml", text);
        self.load(Some(path), flags)
    }

    /// The error of loading `text`, asserted to be a usage error.
    pub(super) fn error(&self, text: &str) -> String {
        self.error_flags(text, TunnelFlags::default())
    }

    pub(super) fn error_flags(&self, text: &str, flags: TunnelFlags) -> String {
        let err = self.text_flags(text, flags).expect_err("expected the config to be rejected");
        assert_eq!(exit_code(&err), Exit::Usage, "{err:#}");
        format!("{err:#}")
    }
}

#[test]
fn no_file_means_defaults_and_flags() {
    let world = World::new();
    let loaded = world.load(None, TunnelFlags { local_addr: Some("3000".into()), ..Default::default() }).unwrap();
    assert_eq!(loaded.source, None);
    assert_eq!(loaded.config.local_addr.host_port(), "127.0.0.1:3000");
    assert!(loaded.config.authtoken.is_none() && loaded.warnings.is_empty());
}

#[test]
fn file_location_order() {
    let world = World::new();
    world.write("config/prx-tunnel/config.toml", "[tunnel]\nlocal_addr = \"1111\"\n");
    let env_file = world.write("env.toml", "[tunnel]\nlocal_addr = \"2222\"\n");
    let flag_file = world.write("flag.toml", "[tunnel]\nlocal_addr = \"3333\"\n");
    let port = |w: &World, p: Option<PathBuf>| w.load(p, TunnelFlags::default()).unwrap().config.local_addr.port;
    assert_eq!(port(&world, None), 1111);
    let world = world.var("PRX_TUNNEL_CONFIG", env_file.to_str().unwrap());
    assert_eq!(port(&world, None), 2222);
    assert_eq!(port(&world, Some(flag_file)), 3333);
}

#[test]
fn named_missing_file_is_an_error_naming_it() {
    let world = World::new();
    let err = world.load(Some(world.dir.path().join("nope.toml")), TunnelFlags::default()).unwrap_err();
    assert_eq!(exit_code(&err), Exit::Usage);
    assert!(err.to_string().contains("nope.toml (given with --config) does not exist"), "{err}");
    let world = world.var("PRX_TUNNEL_CONFIG", "/nonexistent/prx.toml");
    assert!(world.load(None, TunnelFlags::default()).unwrap_err().to_string().contains("PRX_TUNNEL_CONFIG"));
}

#[test]
fn whole_prx_config_and_other_backends_are_ignored() {
    let c = World::new()
        .text("title = 1\n[gateway]\nport = 1\n[tunnel]\nlocal_addr = 9000\n[tunnel.tailscale]\nfunnel = true\n[tunnel.ngrok]\nregion = \"jp\"\n[channels.x]\ntoken = \"${UNSET_BUT_NOT_OURS}\"\n")
        .unwrap()
        .config;
    assert_eq!((c.local_addr.port, c.region), (9000, Region::Jp));
}

#[test]
fn variables_are_expanded_everywhere_and_unset_ones_named() {
    let world = World::new().var("PORT", "4000").var("R", "au").var("PW", "pw-from-env!").var("NET", "10.0.0.0/8");
    let c = world
        .text("[tunnel]\nlocal_addr = \"127.0.0.1:${PORT}\"\n[tunnel.ngrok]\nregion = \"${R}\"\nbasic_auth = [\"u:${PW}\"]\nip_restrictions = [\"${NET}\"]\nmetadata = \"$${literal}\"\n")
        .unwrap()
        .config;
    assert_eq!((c.local_addr.port, c.region), (4000, Region::Au));
    assert_eq!(c.basic_auth[0].password.expose(), "pw-from-env!");
    assert_eq!(c.allow_cidrs[0].to_string(), "10.0.0.0/8");
    assert_eq!(c.metadata.as_deref(), Some("${literal}"));
    let err = world.error("[tunnel.ngrok]\nauthtoken = \"${MY_TOKEN}\"\ndomain = \"${DOMAIN\"\n");
    assert!(err.contains("c.toml:2:13: [tunnel.ngrok] authtoken: ${MY_TOKEN} refers to the environment variable MY_TOKEN, which is not set"), "{err}");
    assert!(err.contains("[tunnel.ngrok] domain: \"${\" is never closed"), "{err}");
}

#[test]
fn an_unset_ngrok_authtoken_reference_means_no_authtoken_in_the_file() {
    let c = World::new().text("[tunnel]\n[tunnel.ngrok]\nauthtoken = \"${NGROK_AUTHTOKEN}\"\n").unwrap().config;
    assert!(c.authtoken.is_none());
}

#[test]
fn flags_override_the_file() {
    let text = "[tunnel]\nlocal_addr = \"8080\"\n[tunnel.ngrok]\nregion = \"eu\"\nsubdomain = \"from-file\"\nbasic_auth = \"file:file-password\"\nip_restrictions = { allow = [\"10.0.0.0/8\"], deny = [\"10.9.0.0/16\"] }\nmetadata = \"file\"\nmode = \"cli\"\ncircuit_breaker = 0.9\nstartup_timeout_secs = 5\n";
    let flags = TunnelFlags {
        local_addr: Some("https://localhost:8443".into()),
        region: Some(Region::Ap),
        domain: Some("flag.example.com".into()),
        basic_auth: vec![Secret::new("flag:flag-password")],
        allow_cidr: vec!["192.168.0.0/16".into()],
        circuit_breaker: Some(0.1),
        compression: true,
        metadata: Some("flag".into()),
        mode: Some(Mode::Sdk),
        timeout: Some("1m".into()),
        ..Default::default()
    };
    let c = World::new().text_flags(text, flags).unwrap().config;
    assert_eq!(c.local_addr.to_string(), "https://localhost:8443");
    assert_eq!((c.region, c.mode, c.compression), (Region::Ap, Mode::Sdk, true));
    assert_eq!((c.domain.as_deref(), c.subdomain.as_deref()), (Some("flag.example.com"), None));
    assert_eq!(c.basic_auth[0].username, "flag");
    assert_eq!(c.allow_cidrs[0].to_string(), "192.168.0.0/16");
    assert_eq!(c.deny_cidrs[0].to_string(), "10.9.0.0/16");
    assert_eq!((c.circuit_breaker, c.metadata.as_deref()), (Some(0.1), Some("flag")));
    assert_eq!(c.startup_timeout, Duration::from_secs(60));
}

#[test]
fn parse_text_validates_without_reading_files() {
    let flags = TunnelFlags { region: Some(Region::Sa), ..Default::default() };
    let c =
        parse_text(Path::new("/etc/prx/config.toml"), "[tunnel]\nlocal_addr = \"81\"\n", &flags, &|_| None).unwrap();
    assert_eq!((c.local_addr.port, c.region, c.authtoken), (81, Region::Sa, None));
    let err =
        parse_text(Path::new("/etc/prx/config.toml"), "[tunnel]\nlocal_addr = 1.5\n", &flags, &|_| None).unwrap_err();
    assert!(
        format!("{err:#}").contains("/etc/prx/config.toml:2:14: [tunnel] local_addr: expected a string"),
        "{err:#}"
    );
}
