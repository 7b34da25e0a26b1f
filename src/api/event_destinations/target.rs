//! An Event Destination's target, as the API description's `EventTarget` schema defines it:
//! exactly one of `firehose`, `kinesis`, `cloudwatch_logs`, `datadog`, `azure_logs_ingestion`.
//! Unknown keys are refused when a target is read (`deny_unknown_fields`); the rules serde
//! cannot express are checked by [`EventTarget::validate`].

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Invalid;
use crate::secret::MASK;

/// Every kind of target the API defines, as it names them.
pub const TARGET_KINDS: [&str; 5] = ["firehose", "kinesis", "cloudwatch_logs", "datadog", "azure_logs_ingestion"];

/// A credential inside a target (AWS keys, the Datadog API key, the Azure client secret):
/// serialized as itself (it has to reach the API) but never shown by `Debug`.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Credential(pub String);

impl Credential {
    /// The value, for registering with the log scrubber.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

/// Where and how events are sent (schema `EventTarget`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTarget {
    /// Amazon Kinesis Data Firehose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firehose: Option<Firehose>,
    /// Amazon Kinesis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinesis: Option<Kinesis>,
    /// Amazon CloudWatch Logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloudwatch_logs: Option<CloudwatchLogs>,
    /// Datadog.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datadog: Option<Datadog>,
    /// Azure Monitor Logs Ingestion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_logs_ingestion: Option<AzureLogsIngestion>,
}

/// Schema `EventTargetFirehose`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Firehose {
    /// How ngrok signs in to AWS.
    pub auth: AwsAuth,
    /// ARN of the Firehose delivery stream.
    pub delivery_stream_arn: String,
}

/// Schema `EventTargetKinesis`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kinesis {
    /// How ngrok signs in to AWS.
    pub auth: AwsAuth,
    /// ARN of the Kinesis stream.
    pub stream_arn: String,
}

/// Schema `EventTargetCloudwatchLogs`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloudwatchLogs {
    /// How ngrok signs in to AWS.
    pub auth: AwsAuth,
    /// ARN of the CloudWatch Logs group.
    pub log_group_arn: String,
}

/// Schema `AWSAuth`: exactly one of `role` or `creds`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsAuth {
    /// A role ngrok assumes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<AwsRole>,
    /// Long-term access keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creds: Option<AwsCredentials>,
}

/// Schema `AWSRole`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsRole {
    /// ARN of the role.
    pub role_arn: String,
}

/// Schema `AWSCredentials`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsCredentials {
    /// The id part of the access key.
    pub aws_access_key_id: Credential,
    /// The secret part of the access key.
    pub aws_secret_access_key: Credential,
}

/// Schema `EventTargetDatadog`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Datadog {
    /// Datadog API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<Credential>,
    /// Tags sent with each event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ddtags: Option<String>,
    /// Service name sent with each event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Datadog site (`datadoghq.com`, `datadoghq.eu`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ddsite: Option<String>,
}

/// Schema `EventTargetAzureLogsIngestion` (every field required).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AzureLogsIngestion {
    /// Tenant id of the Azure account.
    pub tenant_id: String,
    /// Client id of the application.
    pub client_id: String,
    /// Client secret of the application.
    pub client_secret: Credential,
    /// The data collection endpoint's logs ingestion URI.
    pub logs_ingestion_uri: String,
    /// Immutable id of the data collection rule.
    pub data_collection_rule_id: String,
    /// Stream name inside the data collection rule.
    pub data_collection_stream_name: String,
}

fn invalid(reason: impl Into<String>) -> Invalid {
    Invalid { param: "target", reason: reason.into() }
}

fn filled(field: &str, value: &str) -> Result<(), Invalid> {
    if value.trim().is_empty() {
        return Err(invalid(format!("{field} is empty")));
    }
    Ok(())
}

fn arn(field: &str, value: &str) -> Result<(), Invalid> {
    filled(field, value)?;
    if !value.starts_with("arn:") {
        return Err(invalid(format!("{field} {value:?} is not an ARN (arn:aws:…)")));
    }
    Ok(())
}

impl AwsAuth {
    fn validate(&self, kind: &str) -> Result<(), Invalid> {
        match (&self.role, &self.creds) {
            (Some(role), None) => arn(&format!("{kind}.auth.role.role_arn"), &role.role_arn),
            (None, Some(creds)) => {
                filled(&format!("{kind}.auth.creds.aws_access_key_id"), creds.aws_access_key_id.expose())?;
                filled(&format!("{kind}.auth.creds.aws_secret_access_key"), creds.aws_secret_access_key.expose())
            }
            _ => Err(invalid(format!("{kind}.auth needs exactly one of role or creds"))),
        }
    }
}

impl EventTarget {
    /// The kinds that are set, as the API names them.
    pub fn kinds(&self) -> Vec<&'static str> {
        let set = [
            self.firehose.is_some(),
            self.kinesis.is_some(),
            self.cloudwatch_logs.is_some(),
            self.datadog.is_some(),
            self.azure_logs_ingestion.is_some(),
        ];
        TARGET_KINDS.iter().zip(set).filter(|(_, on)| *on).map(|(k, _)| *k).collect()
    }

    /// Every credential inside, for masking.
    pub fn credentials(&self) -> Vec<&Credential> {
        let aws = [
            self.firehose.as_ref().map(|t| &t.auth),
            self.kinesis.as_ref().map(|t| &t.auth),
            self.cloudwatch_logs.as_ref().map(|t| &t.auth),
        ]
        .into_iter()
        .flatten()
        .filter_map(|a| a.creds.as_ref())
        .flat_map(|c| [&c.aws_access_key_id, &c.aws_secret_access_key]);
        aws.chain(self.datadog.as_ref().and_then(|d| d.api_key.as_ref()))
            .chain(self.azure_logs_ingestion.as_ref().map(|a| &a.client_secret))
            .collect()
    }

    /// Exactly one kind, with every field the API needs filled in.
    pub fn validate(&self) -> Result<(), Invalid> {
        match self.kinds()[..] {
            [_] => {}
            [] => return Err(invalid(format!("no target given; set one of {}", TARGET_KINDS.join(", ")))),
            ref many => {
                return Err(invalid(format!("{} are set; a destination has exactly one target", many.join(" and "))));
            }
        }
        if let Some(t) = &self.firehose {
            t.auth.validate("firehose")?;
            arn("firehose.delivery_stream_arn", &t.delivery_stream_arn)?;
        }
        if let Some(t) = &self.kinesis {
            t.auth.validate("kinesis")?;
            arn("kinesis.stream_arn", &t.stream_arn)?;
        }
        if let Some(t) = &self.cloudwatch_logs {
            t.auth.validate("cloudwatch_logs")?;
            arn("cloudwatch_logs.log_group_arn", &t.log_group_arn)?;
        }
        if let Some(t) = &self.datadog {
            filled("datadog.api_key", t.api_key.as_ref().map_or("", Credential::expose))?;
        }
        if let Some(t) = &self.azure_logs_ingestion {
            for (field, value) in [
                ("tenant_id", t.tenant_id.as_str()),
                ("client_id", t.client_id.as_str()),
                ("client_secret", t.client_secret.expose()),
                ("logs_ingestion_uri", t.logs_ingestion_uri.as_str()),
                ("data_collection_rule_id", t.data_collection_rule_id.as_str()),
                ("data_collection_stream_name", t.data_collection_stream_name.as_str()),
            ] {
                filled(&format!("azure_logs_ingestion.{field}"), value)?;
            }
            if !t.logs_ingestion_uri.starts_with("https://") {
                return Err(invalid("azure_logs_ingestion.logs_ingestion_uri must be an https:// URI"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(arn: &str) -> AwsAuth {
        AwsAuth { role: Some(AwsRole { role_arn: arn.into() }), creds: None }
    }

    #[test]
    fn exactly_one_kind_with_its_fields() {
        let kinesis = Kinesis { auth: role("arn:aws:iam::1:role/r"), stream_arn: "arn:aws:kinesis:x".into() };
        let mut t = EventTarget { kinesis: Some(kinesis), ..Default::default() };
        assert_eq!(t.validate(), Ok(()));
        t.datadog = Some(Datadog { api_key: Some(Credential("k".into())), ..Default::default() });
        assert!(t.validate().unwrap_err().reason.contains("kinesis and datadog"));
        assert!(EventTarget::default().validate().unwrap_err().reason.contains("no target"));
        let bad = EventTarget {
            cloudwatch_logs: Some(CloudwatchLogs { auth: AwsAuth::default(), log_group_arn: "arn:x".into() }),
            ..Default::default()
        };
        assert!(bad.validate().unwrap_err().reason.contains("exactly one of role or creds"));
    }

    #[test]
    fn unknown_keys_are_refused_and_credentials_never_debug_print() {
        let err = serde_json::from_str::<EventTarget>(r#"{"s3": {}}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `s3`"), "{err}");
        let t: EventTarget = serde_json::from_str(r#"{"datadog": {"api_key": "dd-secret-1234"}}"#).unwrap();
        assert!(!format!("{t:?}").contains("dd-secret-1234"));
        assert_eq!(t.credentials().len(), 1);
        assert_eq!(serde_json::to_value(&t).unwrap()["datadog"]["api_key"], "dd-secret-1234");
    }
}
