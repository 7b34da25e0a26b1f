//! Configuration problems: where each one is, what is wrong and how to fix it, all reported at
//! once as one usage error (exit 2).

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::exit::Fail;

/// The most problems one report lists (a broken generated file could hold thousands).
const MAX_SHOWN: usize = 50;

/// Where a problem was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// The config file as a whole.
    File,
    /// A byte range in the config file.
    Span(usize, usize),
    /// A line and column (1-based) of another file (a traffic policy file).
    Line(std::path::PathBuf, usize, usize),
    /// Another file as a whole.
    Other(std::path::PathBuf),
    /// A command-line flag such as `--basic-auth`.
    Flag(&'static str),
}

/// One thing wrong with the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is.
    pub origin: Origin,
    /// The key it is about, e.g. `[tunnel.ngrok] region` (empty for the file as a whole).
    pub key: String,
    /// What is wrong and how to fix it. Never holds a secret value.
    pub message: String,
}

/// The problems found while loading one configuration, with the text they point into.
#[derive(Debug, Default)]
pub struct Problems {
    file: Option<PathBuf>,
    text: String,
    list: Vec<Problem>,
}

impl Problems {
    /// A collector for problems in `file` (None: defaults and flags only), whose text is `text`.
    pub fn new(file: Option<&Path>, text: &str) -> Problems {
        Problems { file: file.map(Path::to_owned), text: text.to_owned(), list: Vec::new() }
    }

    /// Records a problem.
    pub fn push(&mut self, origin: Origin, key: impl Into<String>, message: impl Into<String>) {
        self.list.push(Problem { origin, key: key.into(), message: message.into() });
    }

    /// Records a problem at a byte range of the file.
    pub fn at(&mut self, span: Range<usize>, key: impl Into<String>, message: impl Into<String>) {
        self.push(Origin::Span(span.start, span.end), key, message);
    }

    /// Records a problem with a command-line flag.
    pub fn flag(&mut self, flag: &'static str, message: impl Into<String>) {
        self.push(Origin::Flag(flag), "", message);
    }

    /// How many problems are recorded (a mark for [`Problems::relabel_since`]).
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// In the problems recorded since `start` whose place lies in one of `spans`, replaces a
    /// key's leading section (one of `from`) by `to`.
    pub fn relabel_since(&mut self, start: usize, spans: &[Range<usize>], from: &[&str], to: &str) {
        for p in self.list.iter_mut().skip(start) {
            let Origin::Span(at, _) = p.origin else { continue };
            if !spans.iter().any(|s| s.contains(&at)) {
                continue;
            }
            if let Some(rest) = from.iter().find_map(|f| p.key.strip_prefix(f)) {
                p.key = format!("{to}{rest}");
            }
        }
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems recorded so far.
    pub fn list(&self) -> &[Problem] {
        &self.list
    }

    /// 1-based line and column (in characters) of a byte offset of the file.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut at = offset.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.text[..at];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }

    /// The report a user reads: a header naming the file, then one line per problem, in file
    /// order, flags last.
    pub fn render(&self) -> String {
        let file = self.file.as_ref().map(|p| p.display().to_string());
        let only_flags = self.list.iter().all(|p| matches!(p.origin, Origin::Flag(_)));
        let mut out = match &file {
            // The file is fine: do not send the user looking for a problem in it.
            _ if only_flags => "invalid command-line options:".to_owned(),
            Some(f) => format!("invalid configuration in {f}:"),
            None => "invalid tunnel options (no config file was used):".to_owned(),
        };
        let mut sorted = self.list.clone();
        sorted.sort_by(|a, b| a.origin.cmp(&b.origin));
        sorted.dedup();
        let hidden = sorted.len().saturating_sub(MAX_SHOWN);
        for p in sorted.iter().take(MAX_SHOWN) {
            let at = match (&p.origin, &file) {
                (Origin::Span(start, _), Some(f)) => {
                    let (line, col) = self.line_col(*start);
                    format!("{f}:{line}:{col}: ")
                }
                (Origin::File, Some(f)) => format!("{f}: "),
                (Origin::Line(other, line, col), _) => format!("{}:{line}:{col}: ", other.display()),
                (Origin::Other(other), _) => format!("{}: ", other.display()),
                (Origin::File | Origin::Span(..), None) => String::new(),
                (Origin::Flag(flag), _) => format!("{flag}: "),
            };
            let key = if p.key.is_empty() { String::new() } else { format!("{}: ", p.key) };
            out.push_str(&format!("\n  {at}{key}{}", p.message));
        }
        if hidden > 0 {
            out.push_str(&format!("\n  … and {hidden} more problems (fix the ones above first)"));
        }
        out
    }

    /// Ok when nothing is wrong, else the usage error (exit 2) listing every problem.
    pub fn into_result(self) -> anyhow::Result<()> {
        if self.is_empty() { Ok(()) } else { Err(Fail::usage(self.render())) }
    }
}

/// A user-supplied value quoted for a message: escaped, and cut to 48 characters so a huge
/// value cannot flood the terminal. Never call this with a secret.
pub fn show(value: &str) -> String {
    const MAX: usize = 48;
    if value.chars().count() <= MAX {
        format!("{value:?}")
    } else {
        let cut: String = value.chars().take(MAX).collect();
        format!("{cut:?}… ({} bytes)", value.len())
    }
}

pub use crate::suggest::closest;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_in_file_order_with_line_and_column() {
        let text = "[tunnel]\nbackend = \"x\"\n\n[tunnel.ngrok]\nregion = \"mars\"\n";
        let mut p = Problems::new(Some(Path::new("/c.toml")), text);
        p.flag("--region", "bad flag");
        let region = text.find("\"mars\"").unwrap();
        p.at(region..region + 6, "[tunnel.ngrok] region", "bad region");
        let backend = text.find("\"x\"").unwrap();
        p.at(backend..backend + 3, "[tunnel] backend", "bad backend");
        assert_eq!(
            p.render(),
            "invalid configuration in /c.toml:\n  /c.toml:2:11: [tunnel] backend: bad backend\n  \
             /c.toml:5:10: [tunnel.ngrok] region: bad region\n  --region: bad flag"
        );
    }

    #[test]
    fn flag_problems_alone_do_not_blame_the_file() {
        let mut p = Problems::new(Some(Path::new("/c.toml")), "[tunnel]\n");
        p.flag("--port", "\"abc\" is not a port");
        assert_eq!(p.render(), "invalid command-line options:\n  --port: \"abc\" is not a port");
    }

    #[test]
    fn long_reports_are_cut() {
        let mut p = Problems::new(None, "");
        for n in 0..120 {
            p.flag("--x", format!("problem {n:03}"));
        }
        let text = p.render();
        assert_eq!(text.lines().count(), 1 + MAX_SHOWN + 1);
        assert!(text.ends_with("… and 70 more problems (fix the ones above first)"), "{text}");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let p = Problems::new(None, "a = \"é\"\nb = 1");
        assert_eq!(p.line_col(7), (1, 7));
        assert_eq!(p.line_col(9), (2, 1));
    }

    #[test]
    fn huge_values_are_cut() {
        let shown = show(&"x".repeat(5000));
        assert!(shown.len() < 80, "{shown}");
        assert!(shown.ends_with("(5000 bytes)"));
    }
}
