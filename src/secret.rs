//! Secrets (authtokens, API keys, basic-auth passwords) held in a newtype that never prints itself.

use std::fmt;

use serde::{Deserialize, Deserializer};

/// What a secret prints as, everywhere: `Debug`, `Display`, logs, state files, dry runs.
pub const MASK: &str = "********";

/// A secret string. `Debug` and `Display` print [`MASK`]; only [`Secret::expose`] reveals it,
/// and every call of it is a place where the secret deliberately leaves the process.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for handing to ngrok (never for printing).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Replaces every occurrence of this secret in `text` by [`MASK`] (no-op for secrets
    /// shorter than 4 characters, which would mask ordinary words).
    pub fn scrub(&self, text: &str) -> String {
        if self.0.len() < 4 {
            return text.to_owned();
        }
        text.replace(&self.0, MASK)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret)
    }
}

impl serde::Serialize for Secret {
    /// Serializes as the mask: a secret is never written anywhere by serde.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_itself() {
        let s = Secret::new("2abcTOKENxyz");
        assert_eq!(format!("{s} {s:?}"), format!("{MASK} {MASK}"));
        assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{MASK}\""));
        assert_eq!(s.scrub("token=2abcTOKENxyz!"), format!("token={MASK}!"));
        assert_eq!(s.expose(), "2abcTOKENxyz");
    }
}
