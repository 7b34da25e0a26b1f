//! The target of a destination from the command line: flags for the common cases (Kinesis,
//! Firehose, CloudWatch Logs with a role or access keys, Datadog) or `--target-file` (JSON, TOML
//! or YAML) for every kind the API defines. Credentials come from the environment or the file,
//! never from a flag, because other users can read command lines.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::api::event_destinations::{
    AwsAuth, AwsCredentials, AwsRole, CloudwatchLogs, Credential, Datadog, EventTarget, Firehose, Kinesis,
};
use crate::exit::Fail;

const TARGET_HEADING: &str = "Target (one of)";

/// The flags that describe a target.
#[derive(Args, Debug, Clone, Default)]
pub struct TargetArgs {
    /// Send to this Amazon Kinesis stream (ARN)
    #[arg(long, value_name = "STREAM_ARN", help_heading = TARGET_HEADING, group = "target")]
    pub kinesis: Option<String>,
    /// Send to this Amazon Kinesis Data Firehose delivery stream (ARN)
    #[arg(long, value_name = "DELIVERY_STREAM_ARN", help_heading = TARGET_HEADING, group = "target")]
    pub firehose: Option<String>,
    /// Send to this Amazon CloudWatch Logs group (ARN)
    #[arg(long, value_name = "LOG_GROUP_ARN", help_heading = TARGET_HEADING, group = "target")]
    pub cloudwatch_logs: Option<String>,
    /// Send to Datadog; the API key is read from $DD_API_KEY
    #[arg(long, help_heading = TARGET_HEADING, group = "target")]
    pub datadog: bool,
    /// Every kind of target, given as the API's `target` object in a JSON, TOML or YAML file
    #[arg(long, value_name = "FILE", help_heading = TARGET_HEADING, group = "target")]
    pub target_file: Option<PathBuf>,
    /// AWS targets: the IAM role ngrok assumes (ARN)
    #[arg(long, value_name = "ROLE_ARN", help_heading = TARGET_HEADING, conflicts_with_all = ["aws_keys_from_env", "datadog", "target_file"])]
    pub role_arn: Option<String>,
    /// AWS targets: sign in with $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY instead of a role
    #[arg(long, help_heading = TARGET_HEADING, conflicts_with_all = ["datadog", "target_file"])]
    pub aws_keys_from_env: bool,
    /// Datadog site, such as datadoghq.com or datadoghq.eu
    #[arg(long, value_name = "SITE", help_heading = TARGET_HEADING, requires = "datadog")]
    pub datadog_site: Option<String>,
    /// Datadog service name sent with each event
    #[arg(long, value_name = "NAME", help_heading = TARGET_HEADING, requires = "datadog")]
    pub datadog_service: Option<String>,
    /// Datadog tags sent with each event (`env:prod,team:web`)
    #[arg(long, value_name = "TAGS", help_heading = TARGET_HEADING, requires = "datadog")]
    pub datadog_tags: Option<String>,
}

/// How the target was given, to name the right flag in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// `--target-file`.
    File,
    /// The target flags.
    Flags,
}

fn env(name: &str) -> Result<Credential> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => {
            crate::logging::register_secrets([crate::secret::Secret::new(v.clone())]);
            Ok(Credential(v))
        }
        _ => Err(Fail::usage(format!(
            "{name} is not set: the credential is read from the environment, never from a flag"
        ))),
    }
}

impl TargetArgs {
    /// The target, if any was given.
    pub fn target(&self) -> Result<Option<(EventTarget, Given)>> {
        if let Some(path) = &self.target_file {
            return Ok(Some((read_file(path)?, Given::File)));
        }
        let auth = || -> Result<AwsAuth> {
            match (&self.role_arn, self.aws_keys_from_env) {
                (Some(role_arn), false) => {
                    Ok(AwsAuth { role: Some(AwsRole { role_arn: role_arn.clone() }), creds: None })
                }
                (None, true) => {
                    let creds = AwsCredentials {
                        aws_access_key_id: env("AWS_ACCESS_KEY_ID")?,
                        aws_secret_access_key: env("AWS_SECRET_ACCESS_KEY")?,
                    };
                    Ok(AwsAuth { role: None, creds: Some(creds) })
                }
                _ => Err(Fail::usage("an AWS target needs --role-arn ARN or --aws-keys-from-env")),
            }
        };
        let target = if let Some(arn) = &self.kinesis {
            EventTarget { kinesis: Some(Kinesis { auth: auth()?, stream_arn: arn.clone() }), ..Default::default() }
        } else if let Some(arn) = &self.firehose {
            EventTarget {
                firehose: Some(Firehose { auth: auth()?, delivery_stream_arn: arn.clone() }),
                ..Default::default()
            }
        } else if let Some(arn) = &self.cloudwatch_logs {
            let logs = CloudwatchLogs { auth: auth()?, log_group_arn: arn.clone() };
            EventTarget { cloudwatch_logs: Some(logs), ..Default::default() }
        } else if self.datadog {
            let datadog = Datadog {
                api_key: Some(env("DD_API_KEY")?),
                ddtags: self.datadog_tags.clone(),
                service: self.datadog_service.clone(),
                ddsite: self.datadog_site.clone(),
            };
            EventTarget { datadog: Some(datadog), ..Default::default() }
        } else {
            if self.role_arn.is_some() || self.aws_keys_from_env {
                return Err(Fail::usage(
                    "--role-arn and --aws-keys-from-env need an AWS target: --kinesis, --firehose or --cloudwatch-logs",
                ));
            }
            return Ok(None);
        };
        Ok(Some((target, Given::Flags)))
    }
}

/// The flag (or variable) a target rule's field is given by.
pub fn flag_for(given: Given, reason: &str) -> &'static str {
    if given == Given::File {
        return "--target-file";
    }
    let fields = [
        ("stream_arn", "--kinesis"),
        ("delivery_stream_arn", "--firehose"),
        ("log_group_arn", "--cloudwatch-logs"),
        ("role_arn", "--role-arn"),
        ("creds", "--aws-keys-from-env"),
        ("datadog", "--datadog"),
    ];
    fields.iter().find(|(field, _)| reason.contains(field)).map_or("target", |(_, flag)| flag)
}

/// Reads a target file: the API's `target` object as JSON, TOML or YAML (by extension; without
/// one, JSON then YAML). Unknown keys are refused with their place in the file.
fn read_file(path: &Path) -> Result<EventTarget> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Fail::usage(format!("invalid --target-file: cannot read {shown}: {e}")))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let parsed: Result<EventTarget, String> = match ext.as_str() {
        "toml" => toml::from_str(&text).map_err(|e| e.to_string()),
        "yaml" | "yml" => serde_yaml::from_str(&text).map_err(|e| e.to_string()),
        "json" => serde_json::from_str(&text).map_err(|e| e.to_string()),
        _ => serde_json::from_str(&text).or_else(|_| serde_yaml::from_str(&text)).map_err(|e| e.to_string()),
    };
    parsed.map_err(|e| {
        Fail::usage(format!(
            "invalid --target-file {shown}: {}\nThe file holds the API's target object, such as \
             {{\"kinesis\": {{\"auth\": {{\"role\": {{\"role_arn\": \"arn:aws:iam::…\"}}}}, \"stream_arn\": \"arn:aws:kinesis:…\"}}}}",
            e.trim_end()
        ))
    })
}
