//! The stream ids the edge has opened, so an id muxado 0.5.4 cannot take is refused.

use std::collections::BTreeSet;

/// How far below the highest stream id the edge opened a late opening may come. muxado 0.5.4
/// cannot tell a late id from a reused one, so older ids are refused (a real edge opens its
/// streams nearly in order).
pub const OPEN_WINDOW: u32 = 8192;

/// The stream ids the edge has opened. muxado 0.5.4 keeps a second stream under the same id
/// when the edge opens an id twice (or one of the agent's own, odd, ids) and later panics
/// (`unreachable!()` in `StreamManager::poll_next`). Ids normally grow, but concurrent openings
/// may reach the wire out of order, so the ids skipped within [`OPEN_WINDOW`] are remembered.
#[derive(Default)]
pub(super) struct Opened {
    /// The highest id opened (0: none yet).
    pub(super) max: u32,
    /// Ids below `max`, within the window, not opened yet.
    pub(super) gaps: BTreeSet<u32>,
}

impl Opened {
    /// Records the edge opening `id`; false if muxado cannot take it: id 0 (the session), an
    /// odd id (the agent's side), an id opened before, or one more than [`OPEN_WINDOW`] late.
    pub(super) fn open(&mut self, id: u32) -> bool {
        if id == 0 || id % 2 == 1 {
            return false;
        }
        if id > self.max {
            let low = id.saturating_sub(OPEN_WINDOW);
            self.gaps.extend(((self.max + 2).max(low)..id).step_by(2));
            self.gaps = self.gaps.split_off(&low);
            self.max = id;
            true
        } else {
            self.gaps.remove(&id)
        }
    }
}
