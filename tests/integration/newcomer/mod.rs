//! Issue 16, a newcomer's first ten minutes: each friction found by trying prx-tunnel as a new
//! user, kept fixed through the real binary in a sealed environment.

mod check;
mod completions;
mod debian;
mod first_start;
mod manual;
mod readme;
mod small;
mod status;
mod terminal;
mod tmux;
mod vars;
