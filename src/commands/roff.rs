//! Just enough roff for the hand-written man page sections: escaping, inline Markdown code
//! spans as bold, section headers and tagged paragraphs.

/// Escapes `text` for roff and turns `` `code` `` spans into bold.
pub fn inline(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.replace("\\|", "|").split('`').enumerate() {
        let escaped = escape(part);
        if i % 2 == 1 && !part.is_empty() {
            out.push_str(&format!("\\fB{escaped}\\fR"));
        } else {
            out.push_str(&escaped);
        }
    }
    out
}

/// Escapes backslashes and minus signs (so options stay copyable as ASCII hyphens).
pub fn escape(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// A line of running text: a leading `.` or `'` would be read as a request, so it is guarded.
pub fn line(text: &str) -> String {
    if text.starts_with('.') || text.starts_with('\'') { format!("\\&{text}\n") } else { format!("{text}\n") }
}

/// A section header.
pub fn section(name: &str) -> String {
    format!(".SH \"{name}\"\n")
}

/// A tagged paragraph: `tag` in bold-able roff already, then `body` (roff).
pub fn tagged(tag: &str, body: &str) -> String {
    format!(".TP\n{}{}", line(tag), line(body))
}

/// Plain paragraphs (each string one paragraph, inline Markdown allowed).
pub fn paragraphs(texts: &[&str]) -> String {
    texts.iter().map(|t| format!(".PP\n{}", line(&inline(t)))).collect()
}

/// Preformatted lines (examples), escaped.
pub fn example(lines: &str) -> String {
    let body: String = lines.lines().map(|l| line(&escape(l))).collect();
    format!(".PP\n.nf\n.RS 4\n{body}.RE\n.fi\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_become_bold_and_hyphens_are_escaped() {
        assert_eq!(inline("use `--port` or `-p`"), "use \\fB\\-\\-port\\fR or \\fB\\-p\\fR");
        assert_eq!(inline("a \\| b"), "a | b");
        assert_eq!(line(".hidden"), "\\&.hidden\n");
    }
}
