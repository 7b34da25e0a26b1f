//! muxado frame layout and the stream types the gate looks at.

/// Bytes of a frame header: length (24 bits), type and flags (4 bits each), stream id.
pub(super) const HEADER: usize = 8;
/// DATA frame type.
pub(super) const DATA: u8 = 1;
/// GOAWAY frame type.
pub(super) const GO_AWAY: u8 = 3;
/// Flag of the frame that opens a stream.
pub(super) const SYN: u8 = 0b0010;
/// Flag of the frame that ends a stream's direction.
pub(super) const FIN: u8 = 0b0001;
/// Stream type of a public connection (its opening is read inline by the crate's accept loop).
pub(super) const PROXY: u32 = 3;
/// Stream type of StopTunnel (its opening is read inline too).
pub(super) const STOP_TUNNEL: u32 = 9;
/// The heartbeat stream type (the edge opens one towards the agent).
pub(super) const HEARTBEAT: u32 = u32::MAX;
/// RST frame type.
pub(super) const RST: u8 = 0;
/// muxado's SessionClosed error code, carried by the resets the gate adds.
pub(super) const SESSION_CLOSED: u32 = 0x0E;
/// WINDOW_INCREMENT frame type.
pub(super) const WND_INC: u8 = 2;
/// Bytes of a WINDOW_INCREMENT frame's body (the increment).
pub(super) const WND_INC_BODY: usize = 4;
