//! Suggestions for a misspelt name: the closest valid one, when it is close enough.

/// The closest of `candidates` to `word`, when close enough to be a plausible typo.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(&word, c), *c))
        .filter(|(score, c)| *score >= 0.8 || strsim::levenshtein(&word, c) <= 2)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        let keys = ["authtoken", "region", "subdomain", "domain"];
        assert_eq!(closest("auth_token", &keys), Some("authtoken"));
        assert_eq!(closest("regoin", &keys), Some("region"));
        assert_eq!(closest("Domian", &keys), Some("domain"));
        assert_eq!(closest("zzzzzzzz", &keys), None);
    }
}
