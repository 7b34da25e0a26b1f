//! Lines of a policy file: the YAML (or JSON, which YAML's flow syntax reads too) is walked as
//! parser events with their positions, giving the line and column of every node.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use super::index::{DocPath, Place, Seg, SpanIndex};

/// The line and column of every node of `text` (as far as it parses; a syntax error is
/// reported by the document parser, with its own line).
pub fn index(text: &str) -> SpanIndex {
    let mut b = Builder { stack: Vec::new(), path: Vec::new(), index: SpanIndex::default() };
    let mut parser = Parser::new_from_str(text);
    // An error leaves the index of what came before it, which is all a message can use.
    let _ = parser.load(&mut b, false);
    b.index
}

enum Frame {
    Map { key: Option<String> },
    Seq { next: usize },
}

struct Builder {
    stack: Vec<Frame>,
    path: DocPath,
    index: SpanIndex,
}

fn place(mark: Marker) -> Place {
    Place::Line(mark.line(), mark.col() + 1)
}

impl Builder {
    fn value_start(&mut self, mark: Marker) {
        let seg = match self.stack.last() {
            Some(Frame::Map { key: Some(k) }) => Some(Seg::Key(k.clone())),
            Some(Frame::Seq { next }) => Some(Seg::Index(*next)),
            Some(Frame::Map { key: None }) | None => None,
        };
        if let Some(seg) = seg {
            self.path.push(seg);
        }
        self.index.insert(self.path.clone(), place(mark));
    }

    fn value_end(&mut self) {
        let pushed = match self.stack.last_mut() {
            Some(Frame::Map { key }) => key.take().is_some(),
            Some(Frame::Seq { next }) => {
                *next += 1;
                true
            }
            None => false,
        };
        if pushed {
            self.path.pop();
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(text, ..) => {
                if let Some(Frame::Map { key: key @ None }) = self.stack.last_mut() {
                    *key = Some(text.clone());
                    self.path.push(Seg::Key(text));
                    self.index.insert(self.path.clone(), place(mark));
                    self.path.pop();
                } else {
                    self.value_start(mark);
                    self.value_end();
                }
            }
            Event::Alias(_) => {
                self.value_start(mark);
                self.value_end();
            }
            Event::SequenceStart(..) => {
                self.value_start(mark);
                self.stack.push(Frame::Seq { next: 0 });
            }
            Event::MappingStart(..) => {
                self.value_start(mark);
                self.stack.push(Frame::Map { key: None });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.stack.pop();
                self.value_end();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::index::parse_key;
    use super::*;

    #[test]
    fn yaml_lines() {
        let text = "on_http_request:\n  - name: admin\n    actions:\n      - type: basic-auth\n        config:\n          credentials: [\"a:b\"]\n";
        let idx = index(text);
        assert_eq!(idx.nearest(&parse_key("on_http_request[0].actions[0].type")), Some(&Place::Line(4, 9)));
        assert_eq!(
            idx.nearest(&parse_key("on_http_request[0].actions[0].config.credentials")),
            Some(&Place::Line(6, 11))
        );
        assert_eq!(
            idx.nearest(&parse_key("on_http_request[0].actions[0].config.credentials[0]")),
            Some(&Place::Line(6, 25))
        );
        assert_eq!(idx.nearest(&parse_key("on_http_request[0].name")), Some(&Place::Line(2, 5)));
    }

    #[test]
    fn json_lines() {
        let text = "{\n  \"on_http_request\": [\n    {\n      \"actions\": [\n        {\"type\": \"deny\"}\n      ]\n    }\n  ]\n}\n";
        let idx = index(text);
        assert_eq!(idx.nearest(&parse_key("on_http_request[0].actions[0].type")).map(line), Some(5));
        assert_eq!(idx.nearest(&parse_key("on_http_request[0]")).map(line), Some(3));
    }

    fn line(p: &Place) -> usize {
        match p {
            Place::Line(l, _) => *l,
            Place::Bytes(_) => 0,
        }
    }
}
