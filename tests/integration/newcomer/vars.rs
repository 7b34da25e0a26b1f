//! A `${VAR}` in a key the command does not use does not block it; one in a key it uses is an
//! error naming the variable.

use std::time::Duration;

use crate::examples::pointed_at_sim;
use crate::world::{Mode, TOKEN, URL_WAIT, World};

#[tokio::test]
async fn start_with_the_full_example_needs_no_api_key() {
    let w = World::new(Mode::Sdk).await;
    let cfg = pointed_at_sim(&w, "prx-full.toml");
    let start =
        || w.cmd(&cfg).env("NGROK_AUTHTOKEN", TOKEN).args(["start", "--allow-cidr", "127.0.0.1/32", "--timeout", "20"]);
    // A variable of a key start uses is still required, and named.
    start().run().await.code(2).stderr_has("${PRX_TUNNEL_PASSWORD}").stderr_has("basic_auth");
    let mut run = start().env("PRX_TUNNEL_PASSWORD", "example-password-123").spawn();
    let url = run.line(URL_WAIT).await;
    assert_eq!(url, "https://agent.example.com");
    run.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(run.wait(Duration::from_secs(10)).await, Some(0), "{}", run.stderr());
    // The API commands use the key, so there the unset variable is an error naming it.
    w.cmd(&cfg).args(["es", "list"]).run().await.code(2).stderr_has("${NGROK_API_KEY}");
}
